package org.amerules.decision;

import org.jspecify.annotations.Nullable;

/**
 * A rule that fired, in firing order, with its legal basis; {@code unsettled} names the
 * configurable convention the rule applied, when it rests on an unsettled point of the law.
 *
 * @param rule the name of the rule
 * @param legalBasis the articles the rule implements (its {@code @legalBasis} metadata)
 * @param unsettled the option the rule applied (its {@code @unsettled} metadata), or null
 */
public record TraceEntry(String rule, String legalBasis, @Nullable String unsettled) {
}

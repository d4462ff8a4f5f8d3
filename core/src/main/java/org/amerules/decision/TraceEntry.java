package org.amerules.decision;

/**
 * A rule that fired, in firing order, with its legal basis; {@code unsettled} names the
 * configurable convention the rule applied, when it rests on an unsettled point of the law.
 */
public record TraceEntry(String rule, String legalBasis, String unsettled) {
}

/**
 * <b>Internal tooling, not a stable API.</b> Scenario files (run, compared, updated), the
 * deterministic regression corpus and the comparison of two decisions, for the {@code ame test},
 * {@code ame corpus} and {@code ame diff} commands and the tests. Works on Jackson trees.
 */
@NullMarked
package org.amerules.scenario;

import org.jspecify.annotations.NullMarked;

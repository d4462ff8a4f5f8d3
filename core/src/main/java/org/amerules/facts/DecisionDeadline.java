package org.amerules.facts;

import java.time.LocalDate;

/**
 * The date by which the administration decides (silence means refusal), inserted by a rule.
 *
 * @param date the deadline
 */
public record DecisionDeadline(LocalDate date) {
    /** Names no personal value: safe in a log line at any level. */
    @Override
    public String toString() {
        return "DecisionDeadline";
    }
}

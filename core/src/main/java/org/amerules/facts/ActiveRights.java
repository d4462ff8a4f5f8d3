package org.amerules.facts;

import java.time.LocalDate;

/** A care request dated when its member holds rights; {@code firstAdmission} starts the nine-month seniority. */
public record ActiveRights(String careId, LocalDate firstAdmission) {
    /** Names no personal value: safe in a log line at any level. */
    @Override
    public String toString() {
        return "ActiveRights";
    }
}

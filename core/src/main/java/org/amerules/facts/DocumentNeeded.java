package org.amerules.facts;

import org.jspecify.annotations.Nullable;

/** One item of the filing checklist (domain §9); {@code memberId} null for the whole case. */
public record DocumentNeeded(String code, @Nullable String memberId) {
    public String getCode() {
        return code;
    }

    public String getMemberId() {
        return memberId;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "DocumentNeeded[" + code + "]";
    }
}

package org.amerules.decision;

/**
 * One line of the filing checklist; {@code memberId} is null for the whole case.
 *
 * @param code the stable code of the document (e.g. {@code APPLICATION_FORM}, {@code IDENTITY_PROOF})
 * @param memberId the id of the member the document concerns, or null for the whole case
 * @param message the description of the document, in the requested language
 */
public record DocumentItem(String code, String memberId, String message) {

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "DocumentItem[" + code + "]";
    }
}

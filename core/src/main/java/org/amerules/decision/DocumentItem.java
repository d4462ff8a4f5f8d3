package org.amerules.decision;

import org.jspecify.annotations.Nullable;

/**
 * One line of the filing checklist; {@code memberId} is null for the whole case.
 *
 * @param code the stable code of the document (e.g. {@code APPLICATION_FORM}, {@code IDENTITY_PROOF})
 * @param memberId the id of the member the document concerns, or null for the whole case
 * @param message the description of the document, in the requested language
 * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
 *     translation, otherwise null
 */
public record DocumentItem(String code, @Nullable String memberId, String message, @Nullable String messageFr) {
    /**
     * A checklist item whose message needs no French text beside it.
     *
     * @param code the stable code of the document
     * @param memberId the id of the member the document concerns, or null for the whole case
     * @param message the description of the document, in the requested language
     */
    public DocumentItem(String code, String memberId, String message) {
        this(code, memberId, message, null);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "DocumentItem[" + code + "]";
    }
}

package org.amerules.model;

import java.time.LocalDate;

/**
 * A dated proof of presence in France (passport entry stamp, rent receipt, hospital bill,
 * domiciliation certificate…). The earliest proof not after the filing date starts residence.
 * The type is free text: the law does not close the list.
 *
 * @param type the kind of proof, free text (e.g. {@code PASSPORT_ENTRY_STAMP}, {@code RENT_RECEIPT})
 * @param date the date the proof attests presence in France; a proof dated after the filing date
 *     is ignored (warning {@code PROOF_AFTER_FILING_DATE})
 */
public record ResidenceProof(String type, LocalDate date) {
    /**
     * Checks the required fields.
     *
     * @param type the kind of proof, free text (e.g. {@code PASSPORT_ENTRY_STAMP}, {@code RENT_RECEIPT})
     * @param date the date the proof attests presence in France; a proof dated after the filing date
     *     is ignored (warning {@code PROOF_AFTER_FILING_DATE})
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code type} or {@code date} is null
     */
    public ResidenceProof {
        CaseValidator.require(type, "type");
        CaseValidator.require(date, "date");
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "ResidenceProof";
    }
}

package org.amerules.model;

/**
 * Stay documents. All of them but {@link #PREFECTURE_APPOINTMENT} make the stay regular while valid;
 * an appointment does so only when the engine option says so (an unsettled point of the law).
 */
public enum StayDocumentType {
    /** Residence permit of any kind (carte de séjour, carte de résident, multi-year card). */
    RESIDENCE_PERMIT,
    /** Long-stay visa (VLS-TS). */
    LONG_STAY_VISA,
    /** Valid short-stay visa. */
    SHORT_STAY_VISA,
    /** Récépissé: receipt of a residence-permit application. */
    RECEIPT,
    /** Attestation de prolongation d'instruction: receipt of an online renewal. */
    RENEWAL_ATTESTATION,
    /** Asylum-application certificate: PUMa after three months, urgent care meanwhile. */
    ASYLUM_CERTIFICATE,
    /** Appointment or summons at the préfecture: regular stay only when the option says so. */
    PREFECTURE_APPOINTMENT
}

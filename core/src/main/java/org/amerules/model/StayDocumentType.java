package org.amerules.model;

/**
 * Stay documents. All of them but {@link #PREFECTURE_APPOINTMENT} make the stay regular while valid;
 * an appointment does so only when the engine option says so (an unsettled point of the law).
 */
public enum StayDocumentType {
    RESIDENCE_PERMIT, LONG_STAY_VISA, SHORT_STAY_VISA, RECEIPT, RENEWAL_ATTESTATION, ASYLUM_CERTIFICATE,
    PREFECTURE_APPOINTMENT
}

package org.amerules.decision;

/** Where to point a person who is refused AME (domain §8). AME humanitaire is only ever pointed to. */
public enum Orientation {
    /** Urgent and vital care fund (soins urgents, CASF L254-1). */
    SOINS_URGENTS,
    /** Permanence d'accès aux soins de santé: the hospital's access-to-care unit. */
    PASS,
    /** Protection universelle maladie, the basic health insurance, via the CPAM. */
    PUMA,
    /** Complémentaire santé solidaire, when resources allow. */
    COMPLEMENTAIRE_SANTE_SOLIDAIRE,
    /** Free clinics of associations (e.g. Médecins du Monde health centres). */
    ASSOCIATION_CLINIC,
    /** AME humanitaire: discretionary ministerial decision for people present but not resident. */
    AME_HUMANITAIRE
}

package org.amerules.decision;

/** Where to point a person who is refused AME (domain §8). AME humanitaire is only ever pointed to. */
public enum Orientation {
    SOINS_URGENTS, PASS, PUMA, COMPLEMENTAIRE_SANTE_SOLIDAIRE, ASSOCIATION_CLINIC, AME_HUMANITAIRE
}

package org.amerules.model;

/** How the household is housed; matters only when the housing flat rate option is on (CSS R861-5). */
public enum Housing {
    TENANT, HOUSED_FREE, OWNER, HOMELESS, HOSTED_BY_ASSOCIATION
}

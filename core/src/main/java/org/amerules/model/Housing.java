package org.amerules.model;

/** How the household is housed; matters only when the housing flat rate option is on (CSS R861-5). */
public enum Housing {
    /** Tenant: no housing flat rate. */
    TENANT,
    /** Housed free of charge: the housing flat rate applies when the option is on. */
    HOUSED_FREE,
    /** Owner of the dwelling: the housing flat rate applies when the option is on. */
    OWNER,
    /** Without a home: no housing flat rate. */
    HOMELESS,
    /** Hosted by an association: no housing flat rate. */
    HOSTED_BY_ASSOCIATION
}

package org.amerules.params;

/** Whether a parameter value was read in an official text, or is a provisional estimate. */
public enum ParameterStatus {
    /** Read in the legal text or an official page. */
    VERIFIED,
    /** An estimate whose official text was not found: decisions using it carry a warning. */
    PROVISIONAL
}

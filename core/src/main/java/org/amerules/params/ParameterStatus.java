package org.amerules.params;

/** Whether a parameter value was read in an official text, or is a provisional estimate. */
public enum ParameterStatus {
    VERIFIED, PROVISIONAL
}

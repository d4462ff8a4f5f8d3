package org.amerules.model;

/**
 * A case that breaks the case format: names the case id (null when unknown), the field path
 * (e.g. {@code members[1].birthDate}) and the value found. The message reads
 * {@code couple-metro-2025: members[1].birthDate: "2025-13-01" is not a date}.
 */
public class InvalidCaseException extends RuntimeException {
    private final String caseId;
    private final String field;
    private final String problem;

    public InvalidCaseException(String caseId, String field, String problem) {
        super((caseId == null ? "(no id)" : caseId) + ": " + field + ": " + problem);
        this.caseId = caseId;
        this.field = field;
        this.problem = problem;
    }

    /** The case id, or null when the case has none. */
    public String caseId() {
        return caseId;
    }

    /** The path of the faulty field, e.g. {@code members[1].birthDate}; empty for the whole case. */
    public String field() {
        return field;
    }

    /** What is wrong with the value, e.g. {@code "2025-13-01" is not a date}. */
    public String problem() {
        return problem;
    }
}

package org.amerules.model;

import org.jspecify.annotations.Nullable;

/**
 * A case that breaks the case format: names the case id (null when unknown), the field path
 * (e.g. {@code members[1].birthDate}) and the value found. The message reads
 * {@code couple-metro-2025: members[1].birthDate: "2025-13-01" is not a date}.
 */
public class InvalidCaseException extends AmeRulesException {
    private static final long serialVersionUID = 1L;
    /** The case id, or null when unknown. */
    private final @Nullable String caseId;
    /** The path of the faulty field. */
    private final String field;
    /** What is wrong with the value. */
    private final String problem;
    /** The stable error code. */
    private final ErrorCode code;

    /**
     * An error on one field of a case.
     *
     * @param caseId the case id, or null when the case has none (or it cannot be read)
     * @param field the path of the faulty field, e.g. {@code members[1].birthDate}; empty for the
     *     whole case
     * @param problem what is wrong, naming the value found, e.g. {@code "2025-13-01" is not a date}
     */
    public InvalidCaseException(@Nullable String caseId, String field, String problem) {
        this(caseId, field, problem, ErrorCode.INVALID_CASE);
    }

    /**
     * An error on one field of a case, with its stable code.
     *
     * @param caseId the case id, or null when the case has none (or it cannot be read)
     * @param field the path of the faulty field, e.g. {@code members[1].birthDate}; empty for the
     *     whole case
     * @param problem what is wrong, naming the value found, e.g. {@code "2025-13-01" is not a date}
     * @param code the stable error code ({@link ErrorCode#INVALID_CASE} when null)
     */
    public InvalidCaseException(@Nullable String caseId, String field, String problem, @Nullable ErrorCode code) {
        super((caseId == null ? "(no id)" : caseId) + ": " + field + ": " + problem);
        this.caseId = caseId;
        this.field = field;
        this.problem = problem;
        this.code = code == null ? ErrorCode.INVALID_CASE : code;
    }

    /**
     * The same error, naming another case id (e.g. the id of the tree an error came from).
     *
     * @param newCaseId the case id
     * @return an exception with the same field, problem and code
     */
    public InvalidCaseException withCaseId(@Nullable String newCaseId) {
        return new InvalidCaseException(newCaseId, field, problem, code);
    }

    /**
     * The stable error code, e.g. {@link ErrorCode#INVALID_DATE}.
     *
     * @return the code written as {@code error.code} in an error line
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * The case id, or null when the case has none.
     *
     * @return the id of the refused case, or null
     */
    public @Nullable String caseId() {
        return caseId;
    }

    /**
     * The path of the faulty field, e.g. {@code members[1].birthDate}; empty for the whole case.
     *
     * @return the field path
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong with the value, e.g. {@code "2025-13-01" is not a date}.
     *
     * @return the problem, without the case id and the field path
     */
    public String problem() {
        return problem;
    }

    /**
     * The faulty value as the problem quotes it, without its quotation marks, for a message in
     * another language: the problem's leading {@code "…"} (already escaped and cut to 40
     * characters by the reader), or null when the problem does not start with a quoted value.
     *
     * @return the quoted value, or null
     */
    public @Nullable String shownValue() {
        if (problem == null || problem.length() < 2 || problem.charAt(0) != '"') {
            return null;
        }
        for (int i = 1; i < problem.length(); i++) {
            char c = problem.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return problem.substring(1, i).replace("\\\"", "\"");
            }
        }
        return null;
    }
}

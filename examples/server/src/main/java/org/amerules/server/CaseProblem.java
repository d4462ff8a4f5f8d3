package org.amerules.server;

/**
 * Why a case, or a request, could not be answered: the case id (null when unknown), the field path
 * (a case field such as {@code members[1].birthDate}, or a query parameter), a stable error code
 * and what is wrong. The message never holds more of the case than the faulty value.
 */
public final class CaseProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final String field;
    private final String code;
    private final String problem;
    private final String message;

    /**
     * A problem.
     *
     * @param caseId the case id, or null
     * @param field the field path, empty for the whole case or request
     * @param code the stable error code, e.g. {@code INVALID_DATE}
     * @param problem what is wrong
     */
    public CaseProblem(String caseId, String field, String code, String problem) {
        this(caseId, field, code, problem, null);
    }

    /**
     * A problem of a case, with its message in the language of the request.
     *
     * @param caseId the case id, or null
     * @param field the field path, empty for the whole case
     * @param code the stable error code, e.g. {@code INVALID_DATE}
     * @param problem what is wrong, the reader's precise English text
     * @param message the same in the language of the request (the release's {@code error.CODE}), or null
     */
    public CaseProblem(String caseId, String field, String code, String problem, String message) {
        super(code + ": " + field + ": " + problem, null, false, false);
        this.caseId = caseId;
        this.field = field == null ? "" : field;
        this.code = code;
        this.problem = problem;
        this.message = message;
    }

    /** @return the problem in the language of the request, or null for a problem of the request itself */
    public String message() {
        return message;
    }

    /** @return the case id, or null */
    public String caseId() {
        return caseId;
    }

    /** @return the field path, empty for the whole case */
    public String field() {
        return field;
    }

    /** @return the stable error code */
    public String code() {
        return code;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /**
     * The same problem for a case whose id is now known.
     *
     * @param id the case id
     * @return a copy with the id, or this problem when it already has one
     */
    public CaseProblem withId(String id) {
        return caseId != null || id == null ? this : new CaseProblem(id, field, code, problem, message);
    }
}

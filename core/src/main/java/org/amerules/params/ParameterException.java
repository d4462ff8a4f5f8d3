package org.amerules.params;

import java.util.List;

/** The parameter files cannot be used: every problem found, each with its file, line and column. */
public class ParameterException extends org.amerules.model.AmeRulesException {
    private static final long serialVersionUID = 1L;
    private final transient List<ParameterProblem> problems;

    /**
     * An exception listing the problems.
     *
     * @param problems the problems found, at least one
     */
    public ParameterException(List<ParameterProblem> problems) {
        super(problems.size() + " problem(s) in the parameter files: " + problems.get(0)
                + (problems.size() > 1 ? " …" : ""));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in file order
     */
    public List<ParameterProblem> problems() {
        return problems;
    }
}

package org.amerules.params;

import java.util.List;

/** Parameter files that cannot be used; {@link #problems()} lists every problem found. */
public class ParameterException extends RuntimeException {
    private final transient List<ParameterProblem> problems;

    /**
     * Parameter files with problems.
     *
     * @param problems every problem found; not empty
     */
    public ParameterException(List<ParameterProblem> problems) {
        super(problems.size() + " problem(s) in the parameter files: " + problems.get(0)
                + (problems.size() > 1 ? " …" : ""));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, each with its file, JSON pointer, line and column
     */
    public List<ParameterProblem> problems() {
        return problems;
    }
}

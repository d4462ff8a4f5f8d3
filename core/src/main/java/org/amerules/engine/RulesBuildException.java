package org.amerules.engine;

import java.util.List;

/** Rules that do not compile, or parameter files that cannot be used; {@link #problems()} lists every one. */
public class RulesBuildException extends org.amerules.model.AmeRulesException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    /**
     * Rules with problems; the message names the first five.
     *
     * @param problems every problem found
     */
    public RulesBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules: " + problems.stream().limit(5)
                .map(RuleProblem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, each with its file, line and column
     */
    public List<RuleProblem> problems() {
        return problems;
    }
}

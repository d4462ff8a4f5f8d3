package org.amerules.engine;

import java.util.List;

/** Rules that do not compile, or parameter files that cannot be used; {@link #problems()} lists every one. */
public class RulesBuildException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public RulesBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules: " + problems.stream().limit(5)
                .map(RuleProblem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

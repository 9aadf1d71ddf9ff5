package org.credence.engine.rulepack;

import java.util.List;

/** A rule pack that cannot be used, with every problem found in it. */
public final class RulePackException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    public RulePackException(List<PackProblem> problems) {
        super(problems.isEmpty() ? "invalid rule pack" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in file order; never empty */
    public List<PackProblem> problems() {
        return problems;
    }
}

package org.credence.evaluation.findings;

import java.util.Arrays;
import java.util.Optional;

/** A labeller's verdict on one finding, and the credit it earns in precision: correct 1, partly a half, incorrect 0. */
public enum Label {
    CORRECT("correct", 1.0),
    PARTLY("partly", 0.5),
    INCORRECT("incorrect", 0.0);

    private final String word;
    private final double credit;

    Label(String word, double credit) {
        this.word = word;
        this.credit = credit;
    }

    /** As the findings file spells it. */
    public String word() {
        return word;
    }

    public double credit() {
        return credit;
    }

    /** @return the label spelled exactly so (lower case), or empty */
    public static Optional<Label> parse(String word) {
        return Arrays.stream(values()).filter(l -> l.word.equals(word)).findFirst();
    }
}

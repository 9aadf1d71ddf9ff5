package org.credence.evaluation;

import java.util.Objects;

/**
 * One measured figure: a name within its data set ("map", "source-f1-overlap"), its value, and where there is one,
 * an outside anchor to read it against (the best published system, or a goal).
 *
 * @param anchor      the anchor's value, or NaN when the figure has none
 * @param anchorLabel what the anchor is, empty when there is none
 */
public record Figure(String name, double value, double anchor, String anchorLabel) {

    public Figure {
        Objects.requireNonNull(name, "name");
        anchorLabel = Objects.requireNonNullElse(anchorLabel, "");
    }

    public static Figure of(String name, double value) {
        return new Figure(name, value, Double.NaN, "");
    }

    public static Figure anchored(String name, double value, double anchor, String anchorLabel) {
        return new Figure(name, value, anchor, anchorLabel);
    }

    public boolean hasAnchor() {
        return !Double.isNaN(anchor);
    }
}

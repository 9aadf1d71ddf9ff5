package org.credence.api;

import java.util.Objects;

/**
 * A figure stated in the text, with its bounds.
 *
 * <p>{@code low} and {@code high} are the numbers as stated: equal for a single figure, the two ends for a
 * {@link Approximation#RANGE}. The approximation says how to read them: "over 40,000" is {@code low = high =
 * 40000} with {@link Approximation#AT_LEAST}. Whether two figures are the same figure is the corpus's judgement
 * ({@link Relation#SAME_FIGURE}, {@link Relation#CONFLICTING_FIGURE}), not the figure's.
 *
 * @param span          the whole expression, qualifier included ("more than 40,000")
 * @param numberSpan    the number as written, without its qualifier ("40,000"; "3,000-4,000"; "$200 to $300"),
 *                      inside {@code span}
 * @param low           the smaller stated number
 * @param high          the larger stated number
 * @param approximation how the figure is qualified
 * @param kind          what it counts
 * @param unit          the currency or unit as written ("$", "USD", "%"), or empty
 * @param noun          the head noun it counts, in lower case ("fighters"), or empty where there is none
 * @param nounSpan      where the head noun stands, or {@link Span#EMPTY}
 */
public record Quantity(Span span, Span numberSpan, double low, double high, Approximation approximation,
                       QuantityKind kind, String unit, String noun, Span nounSpan) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(numberSpan, "numberSpan");
        if (!span.contains(numberSpan)) {
            throw new IllegalArgumentException("number " + numberSpan + " lies outside the figure " + span);
        }
        Objects.requireNonNull(approximation, "approximation");
        Objects.requireNonNull(kind, "kind");
        unit = Objects.requireNonNullElse(unit, "");
        noun = Objects.requireNonNullElse(noun, "");
        nounSpan = Objects.requireNonNullElse(nounSpan, Span.EMPTY);
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("invalid bounds " + low + ".." + high);
        }
    }

    /** @return a single representative value: the figure, or the middle of a range */
    public double value() {
        return (low + high) / 2;
    }
}

package org.credence.api;

import java.util.Objects;

/**
 * A figure stated in the text, with its bounds.
 *
 * <p>{@code low} and {@code high} are the numbers as stated: equal for a single figure, the two ends for a
 * {@link Approximation#RANGE}. The approximation says how to read them: "over 40,000" is {@code low = high =
 * 40000} with {@link Approximation#AT_LEAST}.
 *
 * @param span          the whole expression, qualifier included ("more than 40,000")
 * @param low           the smaller stated number
 * @param high          the larger stated number
 * @param approximation how the figure is qualified
 * @param kind          what it counts
 * @param unit          the currency or unit as written ("$", "USD", "%"), or empty
 * @param noun          the head noun it counts, in lower case ("fighters"), or empty where there is none
 * @param nounSpan      where the head noun stands, or {@link Span#EMPTY}
 */
public record Quantity(Span span, double low, double high, Approximation approximation, QuantityKind kind,
                       String unit, String noun, Span nounSpan) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(approximation, "approximation");
        Objects.requireNonNull(kind, "kind");
        unit = Objects.requireNonNullElse(unit, "");
        noun = Objects.requireNonNullElse(noun, "");
        nounSpan = Objects.requireNonNullElse(nounSpan, Span.EMPTY);
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("invalid bounds " + low + ".." + high);
        }
    }

    /** @return the lowest value the text allows (0 for an upper bound) */
    public double lowerBound() {
        return approximation == Approximation.AT_MOST ? 0 : low;
    }

    /** @return the highest value the text allows (infinite for a lower bound) */
    public double upperBound() {
        return approximation == Approximation.AT_LEAST ? Double.POSITIVE_INFINITY : high;
    }

    /** @return a single representative value: the figure, or the middle of a range */
    public double value() {
        return (low + high) / 2;
    }

    /** @return true when both quantities could describe the same number, allowing {@code tolerance} (0.1 = 10%) */
    public boolean agreesWith(Quantity other, double tolerance) {
        double lo1 = lowerBound() * (1 - tolerance);
        double hi1 = upperBound() * (1 + tolerance);
        double lo2 = other.lowerBound() * (1 - tolerance);
        double hi2 = other.upperBound() * (1 + tolerance);
        return lo1 <= hi2 && lo2 <= hi1;
    }
}

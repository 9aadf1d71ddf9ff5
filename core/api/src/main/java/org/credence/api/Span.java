package org.credence.api;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text.
 *
 * @param start offset of the first character, zero or more
 * @param end   offset one past the last character, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** The empty span at offset zero, used where something is absent (an article without a headline). */
    public static final Span EMPTY = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** @return the number of characters covered */
    public int length() {
        return end - start;
    }

    /** @return true when the span covers no character */
    public boolean isEmpty() {
        return end == start;
    }

    /** @return true when {@code other} lies wholly inside this span */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** @return true when {@code offset} is inside this span */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** @return true when the two spans share at least one character */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** @return true when this span fits inside a text of the given length */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    /** @return the covered characters of {@code text} */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** @return the smallest span covering both */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}

package org.credence.engine.analysis;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

import org.credence.api.Span;
import org.credence.api.Token;

/**
 * The tokens of a sentence, held as offsets and tags rather than as one object per token. A large corpus has
 * millions of tokens, and a {@link Token} with its {@link Span} costs about four times the memory of its two
 * offsets; each {@link #get} builds the token it returns. Immutable, and equal to any list of the same tokens.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

    private final int[] starts;
    private final int[] ends;
    private final String[] tags;

    /**
     * @param starts each token's first character offset
     * @param ends   each token's end offset, one past its last character
     * @param tags   each token's part-of-speech tag
     * @throws IllegalArgumentException when the arrays differ in length or an offset pair is not a span
     */
    public TokenList(int[] starts, int[] ends, String[] tags) {
        if (starts.length != ends.length || starts.length != tags.length) {
            throw new IllegalArgumentException("starts, ends and tags differ in length: " + starts.length + ", "
                    + ends.length + ", " + tags.length);
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        this.tags = tags.clone();
        for (int i = 0; i < this.starts.length; i++) {
            if (this.starts[i] < 0 || this.ends[i] < this.starts[i]) {
                throw new IllegalArgumentException("token " + i + " is not a span: [" + this.starts[i] + ", "
                        + this.ends[i] + ")");
            }
            if (this.tags[i] == null) {
                throw new NullPointerException("tag of token " + i);
            }
        }
    }

    @Override
    public Token get(int index) {
        Objects.checkIndex(index, starts.length);
        return new Token(new Span(starts[index], ends[index]), tags[index]);
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** @return the start offset of token {@code index}, without building the token */
    public int start(int index) {
        return starts[Objects.checkIndex(index, starts.length)];
    }

    /** @return the end offset of token {@code index}, without building the token */
    public int end(int index) {
        return ends[Objects.checkIndex(index, ends.length)];
    }

    /** @return the tag of token {@code index}, without building the token */
    public String tag(int index) {
        return tags[Objects.checkIndex(index, tags.length)];
    }
}

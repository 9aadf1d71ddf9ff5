package org.credence.api;

import java.util.Objects;

/**
 * A statement attributed to a source: "..., said SOHR", "according to a trade publication based in Port Orsa".
 *
 * @param source     where the source is mentioned (for "he said", the pronoun), or {@link Span#EMPTY}
 * @param sourceName the source's name, resolved to the last named source for "he" or "the official"
 * @param cue        the attributing words ("said", "according to", "told")
 * @param content    what is attributed: the quotation or the reported clause
 * @param kind       the kind of source
 * @param resolved   true when {@code sourceName} was resolved from a pronoun or a description
 * @param type       whether the cue reports a statement ("said") or a belief or wish ("wants", "believes")
 */
public record Attribution(Span source, String sourceName, Span cue, Span content, SourceKind kind, boolean resolved,
                          AttributionType type) {

    public Attribution {
        Objects.requireNonNull(source, "source");
        sourceName = Objects.requireNonNullElse(sourceName, "");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        type = Objects.requireNonNullElse(type, AttributionType.STATEMENT);
    }

    /** A statement: the source said or reported it ({@link AttributionType#STATEMENT}). */
    public Attribution(Span source, String sourceName, Span cue, Span content, SourceKind kind, boolean resolved) {
        this(source, sourceName, cue, content, kind, resolved, AttributionType.STATEMENT);
    }

    /** @return true when the source put it forward as fact, so that it is a source for the claim */
    public boolean isStatement() {
        return type == AttributionType.STATEMENT;
    }
}

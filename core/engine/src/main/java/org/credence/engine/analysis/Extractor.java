package org.credence.engine.analysis;

import java.util.List;

/**
 * Finds one kind of thing in a text (figures, attributions, cue phrases). Implementations are stateless and
 * thread-safe, and return what they find in text order with spans into {@link TextUnit#text()}.
 *
 * @param <T> what it finds
 */
@FunctionalInterface
public interface Extractor<T> {

    List<T> extract(TextUnit unit);
}

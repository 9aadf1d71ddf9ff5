package org.credence.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/** Reads articles from files of one format. Implementations are stateless and thread-safe. */
public interface ArticleReader {

    /** Whether this reader handles the file, judged by its name. */
    boolean accepts(Path file);

    /**
     * Reads the file, passing each article and each problem to the sink. A problem confined to one line or record is
     * reported to the sink and reading goes on; an {@link IOException} or {@link UnreadableException} means the whole
     * file is unreadable, and the caller reports it.
     */
    void read(Path file, ArticleSink sink) throws IOException;
}

package org.credence.engine.io;

import org.credence.api.Article;

/** Receives what a reader makes of a file: articles, and problems that stopped part or all of it being read. */
public interface ArticleSink {

    /** An article read. */
    void article(Article article);

    /** A file, line or record that could not be read. */
    void problem(ReadProblem problem);
}

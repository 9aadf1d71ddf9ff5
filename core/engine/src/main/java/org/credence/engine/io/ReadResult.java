package org.credence.engine.io;

import java.util.List;
import org.credence.api.Article;

/**
 * What reading some inputs gave: the articles, and the inputs that could not be read.
 *
 * @param articles the articles, in input order
 * @param problems one per unreadable input
 */
public record ReadResult(List<Article> articles, List<ReadProblem> problems) {

    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}

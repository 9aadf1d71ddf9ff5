package org.credence.evaluation.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.credence.engine.io.ReadProblem;

/**
 * What a labelled file gave.
 *
 * @param source   the file
 * @param articles the labelled articles, in file order, with ids unique within the set
 * @param problems rows that were skipped (an empty text cell, a short row), one line each
 */
public record LabelledSet(Path source, List<LabelledArticle> articles, List<ReadProblem> problems) {

    public LabelledSet {
        Objects.requireNonNull(source, "source");
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public long credibleCount() {
        return articles.stream().filter(LabelledArticle::credible).count();
    }

    public long fakeCount() {
        return articles.size() - credibleCount();
    }
}

package org.credence.evaluation;

import java.util.List;
import java.util.Optional;

/** Every evaluation Credence has, one per data set. */
public final class Evaluations {

    private final List<Evaluation> all = List.of(new CheckWorthinessRanking(), new CheckWorthyDetection(),
            new HedgeDetection(), new AttributionSpans(), new ArticleCredibility(), new StoryGrouping());

    public List<Evaluation> all() {
        return all;
    }

    public List<String> datasets() {
        return all.stream().map(Evaluation::dataset).toList();
    }

    public Optional<Evaluation> named(String dataset) {
        return all.stream().filter(e -> e.dataset().equals(dataset)).findFirst();
    }
}

package org.credence.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.Cue;
import org.credence.api.Quantity;
import org.credence.api.Span;

/**
 * Turns an article into an {@link AnalyzedArticle}: sentences and tokens, then figures, attributions and cue
 * phrases, then claims. The expensive step of the pipeline, run once per article. Thread-safe.
 */
public final class Analyzer {

    private final LanguagePipeline pipeline;
    private final Extractor<Quantity> quantities;
    private final Extractor<Attribution> attributions;
    private final Extractor<Cue> cues;
    private final ClaimDetector claims;

    public Analyzer(LanguagePipeline pipeline, Extractor<Quantity> quantities, Extractor<Attribution> attributions,
                    Extractor<Cue> cues, ClaimDetector claims) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.quantities = Objects.requireNonNull(quantities);
        this.attributions = Objects.requireNonNull(attributions);
        this.cues = Objects.requireNonNull(cues);
        this.claims = Objects.requireNonNull(claims);
    }

    /** @return the text that spans point into: the headline, a blank line and the body, or the body alone */
    public static String textOf(Article article) {
        String title = article.title().strip();
        return title.isEmpty() ? article.body() : title + "\n\n" + article.body();
    }

    public AnalyzedArticle analyze(Article article) {
        String text = textOf(article);
        String title = article.title().strip();
        Span headline = title.isEmpty() ? Span.EMPTY : new Span(0, title.length());
        TextUnit unit = new TextUnit(text, headline, pipeline.sentences(text, headline));
        List<Quantity> qs = sorted(quantities.extract(unit));
        List<Attribution> as = attributions.extract(unit);
        List<Cue> cs = cues.extract(unit);
        // a claim's sources are those who stated it; "X wants" or "X believes" makes no one a source for it
        List<Attribution> statements = as.stream().filter(Attribution::isStatement).toList();
        List<Claim> found = claims.detect(article.id(), unit, qs, statements, cs);
        return new AnalyzedArticle(article, text, headline, unit.sentences(), qs, as, cs, found);
    }

    private static List<Quantity> sorted(List<Quantity> qs) {
        List<Quantity> copy = new ArrayList<>(qs);
        copy.sort((a, b) -> a.span().compareTo(b.span()));
        return copy;
    }
}

package org.credence.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.CorpusView;
import org.credence.api.Cue;
import org.credence.api.Quantity;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;

/**
 * One article of a megabyte: the sample story's headline over its three bodies, repeated. It is analysed once and
 * the analysis repeated with shifted offsets, which is what analysing the whole megabyte would give, without the
 * quarter of a minute that takes.
 */
final class LongArticle {
    private static final AnalyzedArticle ARTICLE = build();
    private static final CorpusView CORPUS = RealAnalysis.corpus(List.of(ARTICLE));

    static AnalyzedArticle get() {
        return ARTICLE;
    }

    static CorpusView corpus() {
        return CORPUS;
    }

    private static AnalyzedArticle build() {
        List<Article> story = SampleStory.articles();
        String body = story.stream().map(Article::body).collect(Collectors.joining("\n\n"));
        AnalyzedArticle unit = RealAnalysis.analyze(new Article("megabyte", story.get(0).title(), "", "", "", body,
                "testkit:megabyte"));
        int bodyStart = unit.text().length() - body.length();
        int repeats = (CredibilityRuleContract.MEGABYTE - bodyStart) / (body.length() + 2) + 1;
        String longBody = String.join("\n\n", Collections.nCopies(repeats, body));
        Article article = new Article("megabyte", story.get(0).title(), "", "", "", longBody, "testkit:megabyte");
        String text = unit.text().substring(0, bodyStart) + longBody;

        List<Sentence> headSentences = unit.sentences().stream().filter(x -> x.span().start() < bodyStart).toList();
        List<Sentence> bodySentences = unit.sentences().stream().filter(x -> x.span().start() >= bodyStart).toList();
        List<Sentence> sentences = new ArrayList<>(headSentences);
        List<Quantity> quantities = new ArrayList<>(head(unit.quantities(), Quantity::span, bodyStart));
        List<Attribution> attributions = new ArrayList<>(head(unit.attributions(), Attribution::cue, bodyStart));
        List<Cue> cues = new ArrayList<>(head(unit.cues(), Cue::span, bodyStart));
        List<Claim> claims = new ArrayList<>(head(unit.claims(), Claim::span, bodyStart));
        for (int r = 0; r < repeats; r++) {
            int shift = r * (body.length() + 2);
            int firstIndex = headSentences.size() + r * bodySentences.size();
            int indexShift = firstIndex - (bodySentences.isEmpty() ? 0 : bodySentences.get(0).index());
            for (Sentence x : bodySentences) {
                sentences.add(new Sentence(x.index() + indexShift, shift(x.span(), shift),
                        x.tokens().stream().map(t -> new Token(shift(t.span(), shift), t.tag())).toList(), false));
            }
            List<Quantity> qs = body(unit.quantities(), Quantity::span, bodyStart).stream()
                    .map(q -> shift(q, shift)).toList();
            List<Attribution> as = body(unit.attributions(), Attribution::cue, bodyStart).stream()
                    .map(a -> shift(a, shift)).toList();
            List<Cue> cs = body(unit.cues(), Cue::span, bodyStart).stream().map(c -> shift(c, shift)).toList();
            quantities.addAll(qs);
            attributions.addAll(as);
            cues.addAll(cs);
            for (Claim c : body(unit.claims(), Claim::span, bodyStart)) {
                int index = c.sentenceIndex() + indexShift;
                claims.add(new Claim(article.id() + "#" + index, article.id(), index, shift(c.span(), shift),
                        c.checkWorthiness(), c.quantities().stream().map(q -> shift(q, shift)).toList(),
                        c.attributions().stream().map(a -> shift(a, shift)).toList(),
                        c.cues().stream().map(x -> shift(x, shift)).toList()));
            }
        }
        return new AnalyzedArticle(article, text, unit.headline(), sentences, quantities, attributions, cues, claims);
    }

    private static <T> List<T> head(List<T> all, Function<T, Span> span, int bodyStart) {
        return all.stream().filter(x -> span.apply(x).start() < bodyStart).toList();
    }

    private static <T> List<T> body(List<T> all, Function<T, Span> span, int bodyStart) {
        return all.stream().filter(x -> span.apply(x).start() >= bodyStart).toList();
    }

    /** The span moved by {@code by} characters; {@link Span#EMPTY}, which marks an absence, stays. */
    private static Span shift(Span span, int by) {
        return span.equals(Span.EMPTY) ? span : new Span(span.start() + by, span.end() + by);
    }

    private static Quantity shift(Quantity q, int by) {
        return new Quantity(shift(q.span(), by), shift(q.numberSpan(), by), q.low(), q.high(), q.approximation(),
                q.kind(), q.unit(), q.noun(), shift(q.nounSpan(), by));
    }

    private static Attribution shift(Attribution a, int by) {
        return new Attribution(shift(a.source(), by), a.sourceName(), shift(a.cue(), by), shift(a.content(), by),
                a.kind(), a.resolved());
    }

    private static Cue shift(Cue c, int by) {
        return new Cue(shift(c.span(), by), c.type(), c.phrase());
    }
}

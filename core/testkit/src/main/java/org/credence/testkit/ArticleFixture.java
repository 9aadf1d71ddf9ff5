package org.credence.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Approximation;
import org.credence.api.Article;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Sentence;
import org.credence.api.SourceKind;
import org.credence.api.Span;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.LanguagePipeline;

/**
 * Builds an {@link AnalyzedArticle} whose sentences and tokens come from the real language pipeline and whose
 * quantities, attributions and cues are marked by hand, so a rule's test states exactly what the rule is given.
 *
 * <p>Every mark is found by its phrase: the first occurrence in the article text after the headline (or in the
 * headline when the mark is placed with {@link #inHeadline()}). Every sentence becomes a claim whose id is
 * {@code articleId#sentenceIndex}, carrying the marks that lie inside it.
 */
public final class ArticleFixture {

    private final String id;
    private String title = "";
    private String outlet = "";
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private boolean nextInHeadline;

    private ArticleFixture(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** Starts an article with the given id. */
    public static ArticleFixture article(String id) {
        return new ArticleFixture(id);
    }

    /** Sets the headline (the article's title). */
    public ArticleFixture headline(String headline) {
        this.title = headline;
        return this;
    }

    /** Sets the outlet that published the article. */
    public ArticleFixture outlet(String name) {
        this.outlet = name;
        return this;
    }

    /** Appends a paragraph of body text. */
    public ArticleFixture paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    /** Looks for the next mark in the headline rather than the body. */
    public ArticleFixture inHeadline() {
        nextInHeadline = true;
        return this;
    }

    /** Marks an exact count such as "2,000 miners": {@code phrase} is the number as written, {@code noun} its head noun. */
    public ArticleFixture count(String phrase, double value, String noun) {
        return quantity(phrase, value, value, Approximation.EXACT, QuantityKind.COUNT, noun);
    }

    /** Marks a quantity with bounds and approximation. */
    public ArticleFixture quantity(String phrase, double low, double high, Approximation approximation, QuantityKind kind,
                                   String noun) {
        marks.add(new QuantityMark(phrase, low, high, approximation, kind, noun, takeHeadlineFlag()));
        return this;
    }

    /** Marks an attribution: the source phrase, the cue phrase (e.g. "said") and the kind of source. */
    public ArticleFixture attribution(String sourcePhrase, String cuePhrase, SourceKind kind) {
        marks.add(new AttributionMark(sourcePhrase, cuePhrase, kind, takeHeadlineFlag()));
        return this;
    }

    /** Marks a hedge, weasel phrase, denial or absence-of-evidence phrase. */
    public ArticleFixture cue(String phrase, CueType type) {
        marks.add(new CueMark(phrase, type, takeHeadlineFlag()));
        return this;
    }

    /** The article as read, before analysis. */
    public Article toArticle() {
        return new Article(id, title, outlet, "", "", String.join("\n\n", paragraphs), "fixture:" + id);
    }

    /** Analyses with the shared real pipeline and places the marks. */
    public AnalyzedArticle build() {
        return build(SharedPipeline.get());
    }

    /** Analyses with the given pipeline and places the marks. */
    public AnalyzedArticle build(LanguagePipeline pipeline) {
        Article article = toArticle();
        String text = Analyzer.textOf(article);
        String trimmedTitle = title.strip();
        Span headline = trimmedTitle.isEmpty() ? Span.EMPTY : new Span(0, trimmedTitle.length());
        List<Sentence> sentences = pipeline.sentences(text, headline);
        List<Quantity> quantities = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        for (Mark mark : marks) {
            int from = mark.inHeadline() ? 0 : headline.end();
            if (mark instanceof QuantityMark q) {
                Span span = find(text, q.phrase(), from);
                Span noun = q.noun().isEmpty() ? Span.EMPTY : find(text, q.noun(), span.end());
                quantities.add(new Quantity(span, numberIn(text, span), q.low(), q.high(), q.approximation(), q.kind(),
                        q.kind() == QuantityKind.MONEY ? "USD" : q.kind() == QuantityKind.PERCENT ? "%" : "",
                        q.noun(), noun));
            } else if (mark instanceof AttributionMark a) {
                Span source = find(text, a.sourcePhrase(), from);
                Span cue = findNear(text, a.cuePhrase(), source, headline.end());
                Span sentence = sentenceAround(sentences, source);
                int contentStart = Math.max(cue.end(), source.end());
                Span content = new Span(contentStart, Math.max(sentence.end(), contentStart));
                attributions.add(new Attribution(source, a.sourcePhrase(), cue, content, a.kind(), false));
            } else if (mark instanceof CueMark c) {
                cues.add(new Cue(find(text, c.phrase(), from), c.type(), c.phrase()));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Sentence s : sentences) {
            claims.add(new Claim(id + "#" + s.index(), id, s.index(), s.span(), 0.5,
                    quantities.stream().filter(q -> s.span().contains(q.span())).toList(),
                    attributions.stream().filter(a -> s.span().contains(a.cue())).toList(),
                    cues.stream().filter(c -> s.span().contains(c.span())).toList()));
        }
        return new AnalyzedArticle(article, text, headline, sentences, quantities, attributions, cues, claims);
    }

    private boolean takeHeadlineFlag() {
        boolean flag = nextInHeadline;
        nextInHeadline = false;
        return flag;
    }

    private Span find(String text, String phrase, int from) {
        int at = text.indexOf(phrase, from);
        if (at < 0) {
            throw new IllegalArgumentException("article " + id + ": no \"" + phrase + "\" in the text");
        }
        return new Span(at, at + phrase.length());
    }

    /** The cue closest to its source, before or after it: "X said" and "said X" both occur. */
    private Span findNear(String text, String phrase, Span source, int bodyStart) {
        int after = text.indexOf(phrase, source.end());
        int before = text.lastIndexOf(phrase, source.start() - phrase.length());
        if (before >= bodyStart && (after < 0 || source.start() - before < after - source.end())) {
            return new Span(before, before + phrase.length());
        }
        if (after < 0) {
            throw new IllegalArgumentException("article " + id + ": no cue \"" + phrase + "\" near " + source);
        }
        return new Span(after, after + phrase.length());
    }

    private static Span sentenceAround(List<Sentence> sentences, Span span) {
        return sentences.stream().map(Sentence::span).filter(s -> s.contains(span.start())).findFirst().orElse(span);
    }

    /** The number of a marked figure: from its first digit or currency sign ("more than 40,000"), else all of it. */
    private static Span numberIn(String text, Span figure) {
        for (int i = figure.start(); i < figure.end(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '$' || c == '€' || c == '£') {
                return new Span(i, figure.end());
            }
        }
        return figure;
    }

    private sealed interface Mark permits QuantityMark, AttributionMark, CueMark {
        boolean inHeadline();
    }

    private record QuantityMark(String phrase, double low, double high, Approximation approximation, QuantityKind kind,
                                String noun, boolean inHeadline) implements Mark {
    }

    private record AttributionMark(String sourcePhrase, String cuePhrase, SourceKind kind, boolean inHeadline)
            implements Mark {
    }

    private record CueMark(String phrase, CueType type, boolean inHeadline) implements Mark {
    }
}

package org.credence.rules.headline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.api.Words;
import org.pf4j.Extension;

/**
 * The headline asserts something the body does not support: a figure the body never gives in any form, a not-yet
 * state the body never mentions ("have yet to arrive"). Headlines paraphrase,
 * so a single ordinary word missing is not enough; what fires is a headline figure that no number of the body
 * supports ({@link FigureSupport}: digits or words, rounded, or larger for "at least"), a not-yet verb ("yet to
 * arrive", "never paid", "still missing") the body never mentions, and only when the body tells the headline's
 * story (at most {@value #MOST_WORDS_MISSING_PERCENT}% of the headline's content words missing from it: decision
 * 0041). Plain negations ("not ready", "without proof", "no collusion") are left alone: the body says them in other words too often for a word test to tell (decision 0039).
 * A question headline, a listicle's count ("7 things to watch") and a figure below two are not checked.
 *
 * <p>Credibility signal: title representativeness ("title-representativeness").
 */
@Extension
public final class HeadlineSupportRule implements CredibilityRule {

    static final String ID = "headline-support";
    /** The body of the examples: it says the miners leave, and names no sum of money. */
    private static final String BODY = "Hundreds of miners left the valley on Monday for the copper pits of Karvala. "
            + "The miners said the pits offered steady work and housing. Their families stayed behind in the valley, "
            + "where the old mine closed last year. The regional governor said the miners would be welcome to return.";
    private static final RuleInfo INFO = new RuleInfo(ID, "Headline support",
            "The headline asserts something the body of the article does not support.", 0.6,
            "title-representativeness", List.of(
                    RuleExample.firesOn(Article.of(RuleExample.ARTICLE_ID, "Miners Who Left the Valley for the Copper Pits "
                            + "of Karvala Were Paid 5 Million Dollars", BODY)),
                    RuleExample.silentOn(Article.of(RuleExample.ARTICLE_ID, "Miners Leave the Valley for Karvala",
                            BODY))));
    /** More of the headline's content words than this missing from the body: the body tells another story. */
    static final int MOST_WORDS_MISSING_PERCENT = 50;
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ");
    private static final Set<String> STATE_MARKERS = Set.of("yet", "never", "still");
    private static final Set<String> LIGHT_VERBS = Set.of("be", "is", "are", "was", "were", "have", "has", "had",
            "do", "does", "did", "say", "says", "said", "get", "gets", "make", "makes", "go", "goes");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        Optional<Claim> headlineClaim = article.headlineClaim();
        Optional<Sentence> headline = article.sentences().stream().filter(Sentence::headline).findFirst();
        if (headlineClaim.isEmpty() || headline.isEmpty()) {
            return List.of();
        }
        String text = article.text();
        if (headline.get().span().in(text).strip().endsWith("?")) {
            return List.of();   // a question asserts nothing
        }
        Set<String> body = new HashSet<>();
        for (Sentence s : article.sentences()) {
            if (!s.headline()) {
                s.tokens().forEach(t -> body.add(Words.stem(t.span().in(text))));
            }
        }
        if (body.size() < 20) {
            return List.of();   // too little body to judge a headline by
        }
        Claim claim = headlineClaim.get();
        List<Evidence> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        String bodyText = text.substring(Math.min(text.length(), headline.get().span().end()));
        List<Double> bodyNumbers = BodyNumbers.in(bodyText);
        for (Quantity q : claim.quantities()) {
            if (q.high() < 2 || FigureSupport.isListCount(text, headline.get(), q) || FigureSupport.isShortYear(text, q)) {
                continue;   // "One dead", "7 things to watch", "the worst day since '87"
            }
            boolean inBody = FigureSupport.isVague(q) ? FigureSupport.vagueInBody(text, q, bodyText, bodyNumbers)
                    : bodyNumbers.stream().anyMatch(v -> FigureSupport.supports(v, q));
            if (!inBody) {
                evidence.add(new Evidence(q.span(), "figure not in the body"));
                reasons.add("the figure " + text.substring(q.span().start(), q.span().end())
                        + " appears nowhere in the body, in digits or words");
            }
        }
        List<Token> tokens = headline.get().tokens();
        Map<String, Token> unsupported = new LinkedHashMap<>();
        int content = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.span().in(text).toLowerCase(Locale.ROOT);
            if (!CONTENT_TAGS.contains(t.tag()) || LIGHT_VERBS.contains(word) || word.length() < 3) {
                continue;
            }
            content++;
            if (!body.contains(Words.stem(word))) {
                unsupported.put(word, t);
                int marker = stateMarker(tokens, text, i);
                if (marker >= 0) {
                    int from = marker > 0 && LIGHT_VERBS.contains(tokens.get(marker - 1).span().in(text)
                            .toLowerCase(Locale.ROOT)) ? marker - 1 : marker;
                    Span phrase = new Span(tokens.get(from).span().start(), t.span().end());
                    evidence.add(new Evidence(phrase, "not in the body"));
                    reasons.add("it says \"" + phrase.in(text) + "\", but nothing in the body mentions anything like \""
                            + word + "\"");
                }
            }
        }
        // A body that shares less than half the headline's content words is, in the pages loaded, most often not
        // the headline's article at all (a page that lost its text, another story under the same address, a body
        // cut short): it can neither support nor fail to support the headline, so the rule says nothing; the old
        // "most content words never appear" finding said exactly that and was never right (decision 0041).
        boolean bodyTellsTheHeadlinesStory = content > 0 && unsupported.size() * 100 <= content * MOST_WORDS_MISSING_PERCENT;
        if (reasons.isEmpty() || !bodyTellsTheHeadlinesStory) {
            return List.of();
        }
        double strength = Math.max(-0.8, -0.4 - 0.2 * (reasons.size() - 1));
        return List.of(new Finding(ID, claim.id(), strength,
                "The headline goes beyond the article: " + String.join("; ", reasons) + ".", evidence, List.of()));
    }

    /** "yet to arrive", "never paid", "not returned": the marker's index before the word, or -1. */
    private static int stateMarker(List<Token> tokens, String text, int word) {
        for (int k = Math.max(0, word - 3); k < word; k++) {
            if (STATE_MARKERS.contains(tokens.get(k).span().in(text).toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }
}

package org.credence.rules.copied;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.DuplicateGroup;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.pf4j.Extension;

/**
 * The article is a copy or a machine-paraphrased ("spun") copy of another article in the corpus. The finding is
 * about the article as a whole: it gives the similarity and examples of substituted words, and says that the copy's
 * claims do not count as independent corroboration (the engine's corpus already treats the group as one origin).
 *
 * <p>A pair that is neither spun nor at least {@value #COPY_SIMILARITY} similar in wording is left alone: such pairs
 * share wire passages or page boilerplate but are different articles.
 *
 * <p>Without publication dates there is no telling which is the original, so every member of a group is flagged and
 * the wording says "one story", not "the copy". With dates, the earliest is the original and is not flagged.
 *
 * <p>Credibility signal: originality ("originality").
 */
@Extension
public final class CopiedContentRule implements CredibilityRule {

    static final String ID = "copied-content";
    private static final RuleInfo INFO = new RuleInfo(ID, "Copied content",
            "The article copies or machine-paraphrases another loaded article; its claims are not independent "
                    + "corroboration.", 0.6, "originality", List.of(
                    RuleExample.firesOn(Article.of(RuleExample.ARTICLE_ID, Examples.STORY),
                            Article.of("the-original", Examples.STORY)),
                    RuleExample.silentOn(Article.of(RuleExample.ARTICLE_ID, Examples.STORY),
                            Article.of("another-story", Examples.OTHER_STORY))));
    /** More single-word swaps than this share of the words compared marks a paraphrasing tool, not a light edit. */
    static final double SPUN_SWAP_RATE = 0.04;
    private static final int EXAMPLES = 3;
    /**
     * Below this wording-pattern similarity an unspun pair is not called a copy: on the tuning set every pair under it
     * was two reports sharing wire passages or page boilerplate (photo galleries, "Story highlights"), and every pair
     * at or above it one article published twice (decision 0039). The engine still groups them for corroboration.
     */
    static final double COPY_SIMILARITY = 0.6;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        AnalyzedArticle article = context.article();
        CorpusView corpus = context.corpus();
        Optional<DuplicateGroup> group = corpus.duplicateGroupOf(article.id());
        if (group.isEmpty() || isDatedOriginal(article, group.get(), corpus)) {
            return List.of();
        }
        AnalyzedArticle other = closest(article, group.get(), corpus);
        if (other == null) {
            return List.of();
        }
        double similarity = corpus.similarity(article.id(), other.id());
        WordSubstitutions.Alignment alignment = WordSubstitutions.align(article, other);
        boolean spun = alignment.swapRate() >= SPUN_SWAP_RATE;
        if (!spun && similarity < COPY_SIMILARITY) {
            return List.of();   // shared passages or boilerplate, not one article published twice
        }
        String otherName = other.id() + (other.article().outlet().isBlank() ? "" : " (" + other.article().outlet() + ")");
        StringBuilder text = new StringBuilder("This article and ").append(otherName).append(" are one story: ")
                .append(Math.round(similarity * 100)).append("% of their wording pattern is shared");
        if (spun) {
            List<String> examples = new ArrayList<>();
            for (WordSubstitutions.Swap s : alignment.swaps()) {
                if (examples.size() == EXAMPLES) {
                    break;
                }
                examples.add("\"" + s.replacement() + "\" for \"" + s.original() + "\"");
            }
            text.append(", with words swapped one for one (").append(String.join(", ", examples))
                    .append("), the mark of a machine-paraphrased copy");
        } else {
            text.append(String.format(Locale.ROOT, ", and %.0f%% of the words appear in the same order: a copy",
                    alignment.keptRate() * 100));
        }
        text.append(". Its claims are not counted as independent corroboration.");
        int members = group.get().articleIds().size();
        if (members > 2) {
            text.append(" ").append(members).append(" loaded articles share this story.");
        }
        return List.of(new Finding(ID, "", spun ? -0.6 : -0.4, text.toString(), List.of(), List.of()));
    }

    /** With dates on every member, the earliest is the original; ties and missing dates leave it open. */
    private static boolean isDatedOriginal(AnalyzedArticle article, DuplicateGroup group, CorpusView corpus) {
        String date = article.article().date();
        if (date.isBlank()) {
            return false;
        }
        for (String id : group.articleIds()) {
            if (id.equals(article.id())) {
                continue;
            }
            String other = corpus.article(id).map(a -> a.article().date()).orElse("");
            if (other.isBlank() || other.compareTo(date) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static AnalyzedArticle closest(AnalyzedArticle article, DuplicateGroup group, CorpusView corpus) {
        AnalyzedArticle best = null;
        double bestSimilarity = -1;
        for (String id : group.articleIds()) {
            if (id.equals(article.id())) {
                continue;
            }
            double s = corpus.similarity(article.id(), id);
            AnalyzedArticle candidate = corpus.article(id).orElse(null);
            if (candidate != null && s > bestSimilarity) {
                best = candidate;
                bestSimilarity = s;
            }
        }
        return best;
    }
}

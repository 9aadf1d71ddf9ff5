package org.credence.engine.corpus;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.credence.engine.corpus.story.StorySummary;

/**
 * What the corpus step needs of one analysed article, and nothing else: its MinHash signature and sampled phrases
 * (copies), its story summary, the figures its claims state (claim links) and, apart, its sentence features (the
 * alignment of rewritten copies). A few kilobytes however long the article, so a corpus of any size is indexed from
 * digests while the analysed articles themselves are dropped, spilled or made on other machines (issue 18, decision
 * 0042). The sentence features are the largest part and are needed only for the few pairs that may be copies:
 * {@link #withoutFeatures()} leaves them out, and {@link CorpusBuilder#index} asks for them by article.
 */
public final class ArticleDigest implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final long[] minHash;
    private final SentenceAlignment.SampledPhrases phrases;
    private final StorySummary story;
    private final List<ClaimLinker.Figure> figures;
    private final SentenceAlignment.Features features;

    ArticleDigest(int index, String id, long[] minHash, SentenceAlignment.SampledPhrases phrases, StorySummary story,
                  List<ClaimLinker.Figure> figures, SentenceAlignment.Features features) {
        this.index = index;
        this.id = Objects.requireNonNull(id, "id");
        this.minHash = minHash;
        this.phrases = phrases;
        this.story = story;
        this.figures = List.copyOf(figures);
        this.features = features;
    }

    /** @return the article's position in its run, which orders every output */
    public int index() {
        return index;
    }

    /** @return the article's id */
    public String id() {
        return id;
    }

    /** @return true when the sentence features are held here */
    public boolean hasFeatures() {
        return features != null;
    }

    /** @return the same digest at another position: a run numbers its articles once it knows which could be analysed */
    public ArticleDigest withIndex(int position) {
        return position == index ? this : new ArticleDigest(position, id, minHash, phrases, story, figures, features);
    }

    /** @return the same digest without its sentence features, for the step that needs only the rest */
    public ArticleDigest withoutFeatures() {
        return features == null ? this : new ArticleDigest(index, id, minHash, phrases, story, figures, null);
    }

    long[] minHash() {
        return minHash;
    }

    SentenceAlignment.SampledPhrases phrases() {
        return phrases;
    }

    StorySummary story() {
        return story;
    }

    List<ClaimLinker.Figure> figures() {
        return figures;
    }

    SentenceAlignment.Features features() {
        if (features == null) {
            throw new IllegalStateException("the digest of " + id + " holds no sentence features");
        }
        return features;
    }
}

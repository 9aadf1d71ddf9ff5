package org.credence.engine.corpus.story;

import java.io.Serializable;
/**
 * How strongly two summaries say "the same event", given how common each feature is in the corpus:
 * <ul>
 *   <li>content: the cosine of the two articles' names, key terms and figures, each weighted by its inverse
 *       document frequency {@code ln(1 + N / df)} (names {@code nameWeight} times more), so that sharing "Trump"
 *       says little and sharing "Kristol" and "Steele" says a lot;</li>
 *   <li>phrasing: the share of three-word runs the two have in common, estimated from their bottom-k sketches,
 *       times {@code phrasingWeight}; reports of one event quote the same words;</li>
 *   <li>dates: a pair published within {@code closeDays} of each other scores {@code closeBonus} times more; further
 *       apart, the score halves every {@code halfLifeDays}, and beyond {@code maxGapDays} it is 0. A pair with an
 *       unknown date is scored on content alone.</li>
 * </ul>
 * Immutable; the score of a pair does not depend on the order of the two or of the corpus.
 */
public final class StorySimilarity implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DocumentFrequencies df;
    private final StorySettings settings;

    StorySimilarity(DocumentFrequencies df, StorySettings settings) {
        this.df = df;
        this.settings = settings;
    }

    /** @return the pair's score; at or above the threshold, they are on one story */
    public double score(StorySummary a, StorySummary b) {
        double date = dateFactor(a, b);
        if (date == 0) {
            return 0;
        }
        return date * (content(a, b) + settings.phrasingWeight() * phrasing(a.sketchView(), b.sketchView()));
    }

    double dateFactor(StorySummary a, StorySummary b) {
        if (!a.hasDay() || !b.hasDay()) {
            return 1;
        }
        int gap = Math.abs(a.day() - b.day());
        if (gap <= settings.closeDays()) {
            return settings.closeBonus();
        }
        if (gap > settings.maxGapDays()) {
            return 0;
        }
        return Math.pow(0.5, (gap - settings.closeDays()) / settings.halfLifeDays());
    }

    /** The weighted cosine of names, terms and figures. */
    double content(StorySummary a, StorySummary b) {
        double nameWeight = settings.nameWeight() * settings.nameWeight();
        double shared = nameWeight * sharedWeight(a.namesView(), b.namesView())
                + sharedWeight(a.termsView(), b.termsView()) + sharedWeight(a.figuresView(), b.figuresView());
        if (shared == 0) {
            return 0;
        }
        return shared / Math.sqrt(norm(a, nameWeight) * norm(b, nameWeight));
    }

    private double norm(StorySummary s, double nameWeight) {
        return nameWeight * squares(s.namesView()) + squares(s.termsView()) + squares(s.figuresView());
    }

    /**
     * The weight of a feature: its inverse document frequency, counted as if the corpus held at least
     * {@value #MIN_DOCUMENTS} articles. Over a handful of articles every feature looks common, and the idf of a name
     * all three reports share falls below that of a word one of them uses once; in news at large, a feature a few
     * loaded articles share is rare.
     */
    double weight(int feature) {
        int n = Math.max(1, df.of(feature));
        return Math.log(1 + (double) Math.max(MIN_DOCUMENTS, df.documents()) / n);
    }

    /** The fewest articles document frequencies are taken to be counted over. */
    static final int MIN_DOCUMENTS = 1_000;

    private double squares(int[] features) {
        double sum = 0;
        for (int f : features) {
            double w = weight(f);
            sum += w * w;
        }
        return sum;
    }

    private double sharedWeight(int[] a, int[] b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                double w = weight(a[i]);
                sum += w * w;
                i++;
                j++;
            }
        }
        return sum;
    }

    /**
     * The share of phrasing two articles have in common: of the k smallest hashes of the union of their sketches
     * (k the smaller sketch's size), those both sketches hold (Broder's bottom-k estimate of Jaccard similarity),
     * leaving out runs that more than {@code maxKeyArticles} articles of the corpus share: those are an outlet's
     * boilerplate ("sign up for our newsletter"), not a quote two reports have in common.
     */
    double phrasing(int[] a, int[] b) {
        int k = Math.min(a.length, b.length);
        if (k == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int taken = 0;
        int both = 0;
        while (taken < k && i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (df.of(a[i]) <= settings.maxKeyArticles()) {
                    both++;
                }
                i++;
                j++;
            }
            taken++;
        }
        return (double) both / k;
    }
}

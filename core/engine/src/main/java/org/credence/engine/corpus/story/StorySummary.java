package org.credence.engine.corpus.story;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * What story grouping needs of one article, and nothing else: about a kilobyte however long the article, so that a
 * corpus of any size can be grouped from summaries alone, on one machine or shipped between machines.
 * Every feature is a 32-bit hash ({@code FeatureHash}); each array is sorted ascending and holds no value twice.
 *
 * @param articleId the article's id
 * @param day       its publication day ({@link java.time.LocalDate#toEpochDay()}), or {@link StoryDates#UNKNOWN}
 * @param names     the names it mentions most: capitalised words and adjacent pairs of them
 * @param terms     its key terms: stems of content words, the headline's and the opening's first
 * @param figures   its figures: the value to two significant digits, with and without the stem of what it counts
 * @param sketch    the smallest hashes of its three-word runs of content words (a bottom-k sketch of its phrasing)
 */
public record StorySummary(String articleId, int day, int[] names, int[] terms, int[] figures, int[] sketch)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public StorySummary {
        Objects.requireNonNull(articleId, "articleId");
        names = checked(names, "names");
        terms = checked(terms, "terms");
        figures = checked(figures, "figures");
        sketch = checked(sketch, "sketch");
    }

    /** @return true when the publication day is known */
    public boolean hasDay() {
        return day != StoryDates.UNKNOWN;
    }

    private static int[] checked(int[] values, String what) {
        int[] copy = values.clone();
        for (int i = 1; i < copy.length; i++) {
            if (copy[i - 1] >= copy[i]) {
                throw new IllegalArgumentException(what + " must be sorted ascending without repeats");
            }
        }
        return copy;
    }

    @Override
    public int[] names() {
        return names.clone();
    }

    @Override
    public int[] terms() {
        return terms.clone();
    }

    @Override
    public int[] figures() {
        return figures.clone();
    }

    @Override
    public int[] sketch() {
        return sketch.clone();
    }

    /** The arrays themselves, for the grouper's inner loops, which never change them. */
    int[] namesView() {
        return names;
    }

    int[] termsView() {
        return terms;
    }

    int[] figuresView() {
        return figures;
    }

    int[] sketchView() {
        return sketch;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorySummary s && s.articleId.equals(articleId) && s.day == day
                && Arrays.equals(s.names, names) && Arrays.equals(s.terms, terms)
                && Arrays.equals(s.figures, figures) && Arrays.equals(s.sketch, sketch);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, day, Arrays.hashCode(names), Arrays.hashCode(terms), Arrays.hashCode(figures),
                Arrays.hashCode(sketch));
    }

    @Override
    public String toString() {
        return "StorySummary[" + articleId + ", day " + day + ", " + names.length + " names, " + terms.length
                + " terms, " + figures.length + " figures, sketch of " + sketch.length + "]";
    }
}

package org.credence.engine.corpus.story;

import java.io.Serializable;

/**
 * The numbers story grouping runs by. {@link #DEFAULTS}: threshold and weights as first set (on the BASIL events of
 * even years, by that session's account, with AllSides articles as distractors); the date decay from the even-year events' spans (at most 3 days); the
 * odd years held out. docs/evaluation.md gives the figures and says where the held-out half was looked at;
 * decision 0031 the method.
 *
 * @param threshold       the score at or above which two articles are on one story
 * @param phrasingWeight  how much shared phrasing (the sketches' overlap, 0..1) adds to the score
 * @param nameWeight      how much more a shared name counts than a shared key term or figure
 * @param closeDays       dates at most this many days apart strengthen a pair
 * @param closeBonus      the factor a close pair's score is multiplied by
 * @param halfLifeDays    beyond {@code closeDays}, every this many days halve the score
 * @param maxGapDays      no two dated articles of a story are further apart than this many days
 * @param cohesion        two parts of a story must score, on average over their pairs, this share of the threshold
 * @param blockingKeys    each article offers this many of its rarest shared features as blocking keys
 * @param maxKeyArticles  a feature held by more articles than this is too common to block on
 */
public record StorySettings(double threshold, double phrasingWeight, double nameWeight, int closeDays,
                            double closeBonus, double halfLifeDays, int maxGapDays, double cohesion, int blockingKeys,
                            int maxKeyArticles) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final StorySettings DEFAULTS = new StorySettings(0.20, 1.0, 1.5, 3, 1.15, 3, 7, 0.5, 24, 60);

    public StorySettings {
        if (!(threshold > 0) || phrasingWeight < 0 || !(nameWeight > 0) || closeDays < 0 || closeBonus < 1
                || !(halfLifeDays > 0) || maxGapDays < closeDays || cohesion < 0 || blockingKeys < 1 || maxKeyArticles < 2) {
            throw new IllegalArgumentException("invalid story settings: threshold " + threshold + ", phrasing weight "
                    + phrasingWeight + ", name weight " + nameWeight + ", close days " + closeDays + ", close bonus "
                    + closeBonus + ", half-life " + halfLifeDays + ", max gap " + maxGapDays + ", cohesion " + cohesion
                    + ", blocking keys "
                    + blockingKeys + ", max key articles " + maxKeyArticles);
        }
    }

    /** @return the same settings with another threshold */
    public StorySettings withThreshold(double newThreshold) {
        return new StorySettings(newThreshold, phrasingWeight, nameWeight, closeDays, closeBonus, halfLifeDays,
                maxGapDays, cohesion, blockingKeys, maxKeyArticles);
    }
}

package org.credence.engine.corpus.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Story grouping from summaries alone: which articles join, and that nothing but the summaries decides it. */
class StoryGrouperTest {

    private static int[] features(char kind, String... words) {
        return Arrays.stream(words).mapToInt(w -> FeatureHash.of(kind, w)).sorted().distinct().toArray();
    }

    private static StorySummary summary(String id, int day, String names, String terms) {
        return new StorySummary(id, day, features(FeatureHash.NAME, names.split(" ")),
                features(FeatureHash.TERM, terms.split(" ")), new int[0], new int[0]);
    }

    /** Many unrelated articles, so that document frequencies mean what they mean in a real corpus. */
    private static List<StorySummary> background(int n) {
        List<StorySummary> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // about twenty features of its own and, like any news article, a few it shares with others by chance
            StringBuilder names = new StringBuilder("Other" + (i % 97));
            StringBuilder terms = new StringBuilder("word" + (i % 89) + " thing" + (i % 83));
            for (int k = 0; k < 10; k++) {
                names.append(" Name").append(i).append('x').append(k);
                terms.append(" term").append(i).append('x').append(k);
            }
            out.add(summary("bg" + i, 19000 + i % 30, names.toString(), terms.toString()));
        }
        return out;
    }

    private final List<StorySummary> event = List.of(
            summary("fox", 19065, "Karvala Tesmar Osk Brenn", "recruit miner contract border wage"),
            summary("nyt", 19066, "Karvala Tesmar Osk Brenn", "recruit miner contract train wage"),
            summary("huff", 19065, "Karvala Tesmar Brenn Lorn", "recruit miner contract border closure"));

    @Test
    void reportsOfOneEventByDifferentOutletsAreOneStoryAndOthersStandAlone() {
        List<StorySummary> all = new ArrayList<>(background(500));
        all.addAll(event);
        Stories stories = new StoryGrouper().group(all, List.of());
        assertThat(stories.membersOf("fox")).containsExactly("fox", "huff", "nyt");
        assertThat(stories.storyOf("nyt")).isEqualTo("fox");   // the smallest id
        assertThat(stories.membersOf("bg3")).containsExactly("bg3");
    }

    @Test
    void reportsOfOneEventMonthsApartAreNotOneStory() {
        List<StorySummary> all = new ArrayList<>(background(500));
        all.add(event.get(0));
        all.add(summary("later", 19065 + 120, "Karvala Tesmar Osk Brenn", "recruit miner contract train wage"));
        Stories stories = new StoryGrouper().group(all, List.of());
        assertThat(stories.membersOf("fox")).containsExactly("fox");
    }

    @Test
    void copiesAreOneStoryWhateverTheyShare() {
        Stories stories = new StoryGrouper().group(background(50), List.of(List.of("bg1", "bg2")));
        assertThat(stories.membersOf("bg2")).containsExactly("bg1", "bg2");
    }

    @Test
    void theStoriesDoNotDependOnTheOrderOfTheArticles() {
        List<StorySummary> all = new ArrayList<>(background(300));
        all.addAll(event);
        Stories first = new StoryGrouper().group(all, List.of());
        Collections.shuffle(all, new Random(7));
        Stories second = new StoryGrouper().group(all, List.of());
        for (StorySummary s : all) {
            assertThat(second.storyOf(s.articleId())).isEqualTo(first.storyOf(s.articleId()));
        }
    }
}

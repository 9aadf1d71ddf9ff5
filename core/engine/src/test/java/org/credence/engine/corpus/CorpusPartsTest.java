package org.credence.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A corpus index made from digests without their sentence features (features fetched only for the articles asked
 * for) is the index made from whole digests, and the parts it is cut into judge every article once and load all it
 * reaches. Articles: two reports of a mine story, a copy of one, two reports of a flood, one unrelated article.
 */
class CorpusPartsTest {

    private static final String[][] ARTICLES = {
        {"mine-1", "Karvala has hired over 2,000 Tesmari miners to work in its northern pits, according to the Kelvar "
            + "Observatory for Labour Rights. \"So far, more than 2,000 miners have signed contracts,\" said the "
            + "observatory. The Karvala Mining Ministry said on Tuesday that the first group would travel by train "
            + "from the border town of Osk next week."},
        {"flood-1", "Floods in the Veran valley forced 3,400 people from their homes on Monday, the regional "
            + "governor said. Rescue teams from Lessa reached the villages of Ost and Brun by boat."},
        {"mine-copy", "Karvala has hired over 2,000 Tesmari miners to work in its northern pits, according to the "
            + "Kelvar Observatory for Labour Rights. \"So far, more than 2,000 miners have signed contracts,\" said the "
            + "observatory. The Karvala Mining Ministry said on Tuesday that the first group would travel by train "
            + "from the border town of Osk next week."},
        {"soup", "Slice two onions and soften them in butter for ten minutes, then add the stock and simmer."},
        {"mine-2", "The Karvala Mining Ministry said on Wednesday that only 700 Tesmari miners had signed contracts "
            + "in Karvala. Union leader Ada Brenn told reporters in Osk that families had not been told where the men "
            + "would work."},
        {"flood-2", "About 3,400 residents of the Veran valley fled rising water on Monday, the regional governor "
            + "said, as rescue teams from Lessa used boats to reach Ost and Brun."},
    };

    private static final CorpusBuilder BUILDER = new CorpusBuilder(Lexicons.defaults());
    private static final List<ArticleDigest> DIGESTS = new ArrayList<>();
    private static CorpusIndex whole;

    @BeforeAll
    static void digest() {
        Analyzer analyzer = StandardAnalysis.analyzer(new OpenNlpPipeline(), Lexicons.defaults(), Models.bundled());
        for (int i = 0; i < ARTICLES.length; i++) {
            AnalyzedArticle a = analyzer.analyze(Article.of(ARTICLES[i][0], ARTICLES[i][1]));
            DIGESTS.add(BUILDER.digest(i, a));
        }
        whole = BUILDER.index(DIGESTS, wanted -> {
            Map<Integer, ArticleDigest> out = new HashMap<>();
            wanted.forEach(i -> out.put(i, DIGESTS.get(i)));
            return out;
        });
    }

    @Test
    void anIndexFromShippedDigestsFetchesFeaturesOnlyForArticlesThatMayBeCopiesAndEqualsTheWholeIndex() throws Exception {
        List<ArticleDigest> shipped = new ArrayList<>();
        for (ArticleDigest d : DIGESTS) {
            shipped.add(roundTrip(d.withoutFeatures()));
        }
        Set<Integer> asked = new TreeSet<>();
        CorpusIndex index = BUILDER.index(shipped, wanted -> {
            asked.addAll(wanted);
            Map<Integer, ArticleDigest> out = new HashMap<>();
            wanted.forEach(i -> out.put(i, DIGESTS.get(i)));
            return out;
        });
        CorpusIndex shippedIndex = roundTrip(index);
        assertThat(asked).as("the copies and the reports that share phrases, not the unrelated article")
                .contains(0, 2).doesNotContain(3);
        assertThat(shippedIndex.groups()).isEqualTo(whole.groups()).hasSize(1);
        for (int i = 0; i < ARTICLES.length; i++) {
            assertThat(shippedIndex.reach(i)).as(ARTICLES[i][0]).isEqualTo(whole.reach(i));
            assertThat(shippedIndex.stories().storyOf(ARTICLES[i][0])).isEqualTo(whole.stories().storyOf(ARTICLES[i][0]));
        }
    }

    @Test
    void aStoryItsCopyAndItsOtherReportAreReachedFromEachOfThem() {
        assertThat(whole.reach(0)).contains(0, 2, 4);
        assertThat(whole.reach(3)).containsExactly(3);
        assertThat(whole.reach(1)).contains(1, 5).doesNotContain(0, 2, 3, 4);
    }

    @ParameterizedTest(name = "window of {0}")
    @ValueSource(ints = {1, 2, 3, 4, 6, 100})
    void everyArticleIsJudgedInExactlyOnePartThatLoadsAllItReaches(int window) {
        CorpusParts parts = CorpusParts.of(whole, window);
        int[] judged = new int[ARTICLES.length];
        for (int p = 0; p < parts.count(); p++) {
            int[] loads = parts.loads(p);
            for (int i : parts.core(p)) {
                judged[i]++;
                for (int r : whole.reach(i)) {
                    assertThat(Arrays.binarySearch(loads, r)).as("part %d loads %d, reached from %d", p, r, i)
                            .isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(judged).containsOnly(1);
        if (window >= ARTICLES.length) {
            assertThat(parts.count()).isEqualTo(1);
        }
        if (window == 1) {
            assertThat(parts.count()).as("one part per article").isEqualTo(ARTICLES.length);
        }
    }

    @Test
    void aWindowBelowOneIsRefused() {
        assertThatThrownBy(() -> CorpusParts.of(whole, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}

package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.Test;

/**
 * BASIL (../shared/data/basil): each event told by three outlets, scored together with the distribution's plugins.
 * single-source-numbers must never say that no other loaded article covers the story of an article whose event
 * another loaded article tells. Skipped where ../shared is absent.
 */
class SingleSourceStoriesOnBasilAcceptanceTest {

    private static final String NO_OTHER = "no other loaded article covers this story";

    @Test
    void noFigureIsSaidToStandAloneWhenAnotherLoadedArticleTellsItsEvent() throws InterruptedException {
        Path basil = Distribution.requireShared("data/basil/articles");
        try (Engine engine = Engine.open(new EngineOptions(Distribution.PLUGINS, List.of(), null, 2,
                Duration.ofSeconds(10), List.of()))) {
            ReadResult read = engine.read(List.of(basil));
            Report report = engine.score(read.articles(), read.problems(), WeightsProfile.defaults(),
                    ProgressListener.NONE);
            Map<String, String> eventOf = new HashMap<>();
            Map<String, Integer> articlesOfEvent = new HashMap<>();
            for (AnalyzedArticle a : report.corpus().articles()) {
                String name = Path.of(a.article().origin()).getFileName().toString();
                String event = name.substring(0, name.lastIndexOf('_'));   // EVENT_N.json
                eventOf.put(a.id(), event);
                articlesOfEvent.merge(event, 1, Integer::sum);
            }
            assertThat(articlesOfEvent.values()).as("BASIL tells each event three times").contains(3);
            List<ArticleFinding> saidAlone = report.findings().stream()
                    .filter(f -> f.finding().ruleId().equals("single-source-numbers"))
                    .filter(f -> f.finding().explanation().contains(NO_OTHER)).toList();
            for (ArticleFinding f : saidAlone) {
                assertThat(articlesOfEvent.get(eventOf.get(f.articleId())))
                        .as("%s says \"%s\" though its event has other loaded articles", f.articleId(), NO_OTHER)
                        .isEqualTo(1);
            }
            long onStory = report.findings().stream().filter(f -> f.finding().ruleId().equals("single-source-numbers"))
                    .filter(f -> f.finding().explanation().contains("on this story")).count();
            assertThat(onStory).as("findings that weigh the other articles of the story").isPositive();
        }
    }
}

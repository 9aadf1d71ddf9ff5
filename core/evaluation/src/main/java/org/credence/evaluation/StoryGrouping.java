package org.credence.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CorpusView;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.ReadResult;
import org.credence.evaluation.datasets.DatasetException;
import org.credence.evaluation.metrics.BCubed;

/**
 * How well the engine groups articles into stories: BASIL's events (three outlets, one event; {@code PATH/articles/
 * YEAR/EVENT_N.json}) hidden among AllSides articles ({@code PATH/../allsides/articles-10k.jsonl.gz}, every k-th of
 * them, 2,000 unless {@code --limit} says otherwise), analysed and grouped together as {@code credence score} would.
 *
 * <p>B-cubed precision and recall are over the BASIL articles, whose events are known: an article's precision is the
 * share of the BASIL articles of its story that are of its event, its recall the share of its event's articles that
 * are in its story. AllSides articles have no event labels (several may rightly tell one of BASIL's events), so they
 * count only in {@code strict-precision}, which takes every AllSides article in a BASIL article's story for a
 * mistake, and in {@code distractors-joined}, the share of BASIL articles whose story holds any. {@code
 * merged-events} counts stories that join articles of different BASIL events. The story settings were chosen on the
 * events of even years (decision 0031): the {@code heldout-} figures are those of the odd years alone,
 * {@code tuning-f1} that of the even years, the others of all. Two baselines are measured the same way: every article a story of its own, and one story per publication
 * date (which, over the BASIL articles alone, does as well as any grouping, since no two BASIL events share a day;
 * its {@code strict-} figures show what it does among the distractors). {@code strict-f1} is the harmonic mean of
 * {@code strict-precision} and {@code recall}.
 */
public final class StoryGrouping implements Evaluation {

    private static final String DISTRACTORS = "allsides/articles-10k.jsonl.gz";
    private static final int DEFAULT_DISTRACTORS = 2_000;

    @Override
    public String dataset() {
        return "stories";
    }

    @Override
    public String defaultPath() {
        return "basil";
    }

    @Override
    public int fastSlice() {
        return 300;
    }

    /** One BASIL article: its id, event and year. */
    private record Labelled(String id, String event, int year) {
    }

    @Override
    public EvaluationResult run(Path path, int limit, EvaluationContext context) throws InterruptedException {
        Path articlesDir = path.resolve("articles");
        Path distractorFile = path.toAbsolutePath().getParent().resolve(DISTRACTORS);
        if (!Files.isDirectory(articlesDir)) {
            throw new DatasetException(path, "no BASIL articles folder (expected " + articlesDir + ")");
        }
        if (!Files.isRegularFile(distractorFile)) {
            throw new DatasetException(distractorFile, "no AllSides articles to mix in as distractors");
        }
        ArticleReaders readers = new ArticleReaders();
        ReadResult basil = readers.read(List.of(articlesDir));
        if (basil.articles().isEmpty()) {
            throw new DatasetException(articlesDir, "no BASIL article could be read");
        }
        List<Labelled> labelled = new ArrayList<>();
        for (Article a : basil.articles()) {
            Path file = Path.of(a.origin());
            String name = file.getFileName().toString();
            int cut = name.lastIndexOf('_');
            if (cut < 0) {
                throw new DatasetException(a.origin(), "not a BASIL file name (EVENT_N.json)");
            }
            int year = Integer.parseInt(file.getParent().getFileName().toString());
            labelled.add(new Labelled(a.id(), name.substring(0, cut), year));
        }
        List<Article> distractors = EvaluationContext.limit(readers.read(List.of(distractorFile)).articles(),
                limit > 0 ? limit : DEFAULT_DISTRACTORS);
        List<Article> all = new ArrayList<>(basil.articles());
        all.addAll(distractors);
        List<AnalyzedArticle> analysed = context.analyzeAll(all);
        CorpusView corpus = context.engine().corpusOf(analysed);

        Map<String, String> dateOf = new HashMap<>();
        all.forEach(a -> dateOf.put(a.id(), a.date().strip()));
        List<String> allIds = analysed.stream().map(AnalyzedArticle::id).toList();
        List<Labelled> heldOut = labelled.stream().filter(l -> l.year() % 2 == 1).toList();
        List<Labelled> tuning = labelled.stream().filter(l -> l.year() % 2 == 0).toList();
        List<Figure> figures = new ArrayList<>();
        BCubed.Result held = BCubed.of(ids(heldOut), events(heldOut), corpus::storyId);
        BCubed.Result whole = BCubed.of(ids(labelled), events(labelled), corpus::storyId);
        BCubed.Result tuned = BCubed.of(ids(tuning), events(tuning), corpus::storyId);
        figures.add(Figure.anchored("heldout-f1", held.f1(), 0.9, "goal"));
        figures.add(Figure.of("heldout-precision", held.precision()));
        figures.add(Figure.of("heldout-recall", held.recall()));
        figures.add(Figure.of("tuning-f1", tuned.f1()));
        figures.add(Figure.anchored("f1", whole.f1(), 0.9, "goal"));
        figures.add(Figure.of("precision", whole.precision()));
        figures.add(Figure.of("recall", whole.recall()));
        double strict = strictPrecision(labelled, allIds, corpus::storyId);
        figures.add(Figure.of("strict-precision", strict));
        figures.add(Figure.of("strict-f1", harmonic(strict, whole.recall())));
        figures.add(Figure.of("distractors-joined", distractorsJoined(labelled, allIds, corpus::storyId)));
        figures.add(Figure.anchored("merged-events", mergedEvents(labelled, corpus::storyId), 0, "goal"));
        BCubed.Result alone = BCubed.of(ids(heldOut), events(heldOut), Function.identity());
        BCubed.Result byDate = BCubed.of(ids(heldOut), events(heldOut), id -> "date:" + dateOf.get(id));
        figures.add(Figure.of("baseline-alone-heldout-f1", alone.f1()));
        figures.add(Figure.of("baseline-date-heldout-f1", byDate.f1()));
        double dateStrict = strictPrecision(labelled, allIds, id -> "date:" + dateOf.get(id));
        BCubed.Result dateWhole = BCubed.of(ids(labelled), events(labelled), id -> "date:" + dateOf.get(id));
        figures.add(Figure.of("baseline-date-strict-precision", dateStrict));
        figures.add(Figure.of("baseline-date-strict-f1", harmonic(dateStrict, dateWhole.recall())));
        Map<String, Integer> storySize = sizes(allIds, corpus::storyId);
        figures.add(Figure.of("stories-of-two-or-more", storySize.values().stream().filter(n -> n > 1).count()));
        figures.add(Figure.of("largest-story", storySize.values().stream().mapToInt(Integer::intValue).max().orElse(0)));
        return new EvaluationResult(dataset(), path + " + " + distractors.size() + " from " + distractorFile,
                all.size(), "articles", figures);
    }

    private static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<String> ids(List<Labelled> labelled) {
        return labelled.stream().map(Labelled::id).toList();
    }

    private static List<String> events(List<Labelled> labelled) {
        return labelled.stream().map(Labelled::event).toList();
    }

    private static Map<String, Integer> sizes(List<String> ids, Function<String, String> storyOf) {
        Map<String, Integer> out = new HashMap<>();
        ids.forEach(id -> out.merge(storyOf.apply(id), 1, Integer::sum));
        return out;
    }

    /** B-cubed precision over the BASIL articles with every AllSides article of their stories taken for a mistake. */
    private static double strictPrecision(List<Labelled> labelled, List<String> allIds, Function<String, String> storyOf) {
        Map<String, Integer> size = sizes(allIds, storyOf);
        Map<String, Integer> sameEvent = new HashMap<>();
        labelled.forEach(l -> sameEvent.merge(storyOf.apply(l.id()) + "\u0000" + l.event(), 1, Integer::sum));
        double sum = 0;
        for (Labelled l : labelled) {
            String story = storyOf.apply(l.id());
            sum += (double) sameEvent.get(story + "\u0000" + l.event()) / size.get(story);
        }
        return sum / labelled.size();
    }

    /** The share of BASIL articles whose story holds any AllSides article. */
    private static double distractorsJoined(List<Labelled> labelled, List<String> allIds,
                                            Function<String, String> storyOf) {
        Map<String, Integer> size = sizes(allIds, storyOf);
        Map<String, Integer> basil = sizes(labelled.stream().map(Labelled::id).toList(), storyOf);
        long joined = labelled.stream().map(l -> storyOf.apply(l.id()))
                .filter(story -> size.get(story) > basil.get(story)).count();
        return (double) joined / labelled.size();
    }

    /** Stories that hold BASIL articles of more than one event. */
    private static int mergedEvents(List<Labelled> labelled, Function<String, String> storyOf) {
        Map<String, Set<String>> eventsOf = new HashMap<>();
        labelled.forEach(l -> eventsOf.computeIfAbsent(storyOf.apply(l.id()), k -> new HashSet<>()).add(l.event()));
        return (int) eventsOf.values().stream().filter(e -> e.size() > 1).count();
    }
}

package org.credence.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Cue;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.Quantity;
import org.credence.api.RuleInfo;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.engine.rules.FindingValidator;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/**
 * The contract of {@link CredibilityRule}, as tests every rule inherits. A rule's test module holds one small class:
 *
 * <pre>{@code
 * class MyRuleContractTest extends CredibilityRuleContract {
 *     @Override
 *     protected CredibilityRule rule() {
 *         return new MyRule();
 *     }
 * }
 * }</pre>
 *
 * <p>It checks that the rule is a PF4J extension PF4J can create; that its id is valid and permanent and its
 * {@link RuleInfo} complete; that it copes with an empty article and with a megabyte of text, within the engine's
 * default time budget and without more findings than the engine takes from one article; that every finding it gives
 * is one the engine accepts (its own id, a claim of the article, a finite strength within -1..1, an explanation,
 * evidence inside the text: {@link FindingValidator}); and that calls on several threads at once give the same
 * findings as calls one at a time.
 *
 * <p>A rule that knowingly breaks one check can override that method with {@code @Test @Disabled("why")}, so the
 * exception shows in every test report.
 *
 * <p>The rule runs on {@link #sampleArticles()}, analysed together as {@code credence score} would
 * ({@link RealAnalysis}): by default the example story, on which every bundled rule finds something. Override it
 * to add articles on which your rule has findings, so the validity and thread checks see them.
 */
public abstract class CredibilityRuleContract {

    /** The engine's default budget for one rule on one article ({@code credence score --rule-budget}). */
    public static final Duration ENGINE_BUDGET = Duration.ofSeconds(5);

    /** The size of the long article: one megabyte of text. */
    static final int MEGABYTE = 1 << 20;

    private static final Map<List<Article>, CorpusView> SAMPLES = new ConcurrentHashMap<>();
    private static final FindingValidator VALIDATOR = new FindingValidator();

    /** The rule under test, as the engine would hold it; called once by each check. */
    protected abstract CredibilityRule rule();

    /** The articles the rule is run on, analysed together as one corpus; by default the example story. */
    protected List<Article> sampleArticles() {
        return SampleStory.articles();
    }

    @Test
    public void theRuleIsAnExtensionPf4jCanCreate() {
        Class<?> type = rule().getClass();
        check(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()),
                "%s must be a public, concrete class", type.getName());
        check(type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()),
                "%s must not be an inner class", type.getName());
        check(type.isAnnotationPresent(Extension.class),
                "%s must be annotated @org.pf4j.Extension, or PF4J will not find it in the plugin jar", type.getName());
        check(publicNoArgumentConstructor(type).isPresent(),
                "%s needs a public constructor without arguments: PF4J creates the rule with it", type.getName());
    }

    @Test
    public void theIdIsValidAndPermanentAndTheInfoComplete() throws Exception {
        CredibilityRule rule = rule();
        RuleInfo info = rule.info();
        check(info != null, "info() returned null");
        check(!info.id().isBlank(), "the rule id is blank");
        check(info.name() != null && !info.name().isBlank(), "rule %s has no name for people", info.id());
        check(info.description() != null && !info.description().isBlank(), "rule %s has no description", info.id());
        check(info.defaultWeight() >= 0 && info.defaultWeight() <= 1, "rule %s: default weight %s is outside 0..1",
                info.id(), info.defaultWeight());
        check(info.equals(rule.info()), "rule %s: info() changed between two calls", info.id());
        rule.evaluate(context(sample().articles().get(0), sample()));
        check(info.equals(rule.info()), "rule %s: info() changed after evaluate()", info.id());
        Optional<Constructor<?>> constructor = publicNoArgumentConstructor(rule.getClass());
        if (constructor.isPresent()) {
            RuleInfo fresh = ((CredibilityRule) constructor.get().newInstance()).info();
            check(info.equals(fresh), "rule %s: a new instance gives another info(): %s", info.id(), fresh);
        }
    }

    @Test
    public void anEmptyArticleGivesValidOutput() {
        CredibilityRule rule = rule();
        for (Article empty : List.of(Article.of("empty", ""), Article.of("blank", " \n\n \t\n"),
                Article.of("headline-only", "Miners Leave Karvala", ""))) {
            AnalyzedArticle article = RealAnalysis.analyze(empty);
            CorpusView corpus = RealAnalysis.corpus(List.of(article));
            assertValid(rule, article, corpus, evaluate(rule, article, corpus));
        }
    }

    @Test
    public void aMegabyteOfTextGivesValidOutputWithinTheEngineBudget() {
        CredibilityRule rule = rule();
        AnalyzedArticle article = LongArticle.get();
        CorpusView corpus = LongArticle.corpus();
        long start = System.nanoTime();
        List<Finding> findings = evaluate(rule, article, corpus);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // in chunks the engine's size limit allows: how many findings is the next check's business
        for (int from = 0; from < findings.size(); from += FindingValidator.MAX_FINDINGS) {
            assertValid(rule, article, corpus, findings.subList(from,
                    Math.min(findings.size(), from + FindingValidator.MAX_FINDINGS)));
        }
        if (millis > ENGINE_BUDGET.toMillis()) {
            // the first call may have paid for class loading and a cold JIT: time a second one
            start = System.nanoTime();
            evaluate(rule, article, corpus);
            millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        check(millis <= ENGINE_BUDGET.toMillis(), "rule %s took %d ms on a megabyte of text (%d claims), twice; the "
                + "engine stops a rule after %d ms on one article", rule.info().id(), millis, article.claims().size(),
                ENGINE_BUDGET.toMillis());
    }

    @Test
    public void aMegabyteOfTextGivesNoMoreFindingsThanTheEngineTakes() {
        CredibilityRule rule = rule();
        List<Finding> findings = evaluate(rule, LongArticle.get(), LongArticle.corpus());
        check(findings.size() <= FindingValidator.MAX_FINDINGS, "rule %s gave %d findings on a megabyte of text "
                + "(%d claims); the engine takes at most %d from one article and drops them all beyond that",
                rule.info().id(), findings.size(), LongArticle.get().claims().size(), FindingValidator.MAX_FINDINGS);
    }

    @Test
    public void everyFindingOnTheSampleIsValid() {
        CredibilityRule rule = rule();
        CorpusView corpus = sample();
        for (AnalyzedArticle article : corpus.articles()) {
            assertValid(rule, article, corpus, evaluate(rule, article, corpus));
        }
    }

    @Test
    public void callsOnSeveralThreadsGiveTheSameFindingsAsCallsOneAtATime() throws Exception {
        CredibilityRule rule = rule();
        CorpusView corpus = sample();
        Map<String, List<Finding>> sequential = new LinkedHashMap<>();
        for (AnalyzedArticle article : corpus.articles()) {
            sequential.put(article.id(), evaluate(rule, article, corpus));
        }
        int threads = 8;
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Finding>>> futures = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int round = 0; round < rounds * threads; round++) {
                for (AnalyzedArticle article : corpus.articles()) {
                    ids.add(article.id());
                    futures.add(pool.submit(() -> {
                        go.await();
                        return rule.evaluate(context(article, corpus));
                    }));
                }
            }
            go.countDown();
            for (int i = 0; i < futures.size(); i++) {
                List<Finding> parallel;
                try {
                    parallel = futures.get(i).get(5, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    throw new AssertionError("rule " + rule.info().id() + " threw on " + ids.get(i)
                            + " when called on several threads at once", e.getCause());
                }
                check(sequential.get(ids.get(i)).equals(parallel), "rule %s gave other findings on %s when called on "
                        + "%d threads at once than when called alone: it must be stateless and thread-safe%n  alone: %s%n"
                        + "  on threads: %s", rule.info().id(), ids.get(i), threads, sequential.get(ids.get(i)), parallel);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sample articles, analysed once per test JVM. */
    private CorpusView sample() {
        return SAMPLES.computeIfAbsent(List.copyOf(sampleArticles()), RealAnalysis::analyzeTogether);
    }

    private static List<Finding> evaluate(CredibilityRule rule, AnalyzedArticle article, CorpusView corpus) {
        List<Finding> findings;
        try {
            findings = rule.evaluate(context(article, corpus));
        } catch (RuntimeException e) {
            throw new AssertionError("rule " + rule.info().id() + " threw on " + describe(article) + ": " + e, e);
        }
        check(findings != null, "rule %s returned null on %s instead of a list", rule.info().id(), describe(article));
        return findings;
    }

    private static void assertValid(CredibilityRule rule, AnalyzedArticle article, CorpusView corpus,
                                    List<Finding> findings) {
        String id = rule.info().id();
        int length = article.text().length();
        for (Finding f : findings) {
            check(f != null, "rule %s returned a null finding on %s", id, describe(article));
            check(Double.isFinite(f.strength()) && f.strength() >= -1 && f.strength() <= 1,
                    "rule %s gave strength %s on %s; it must be finite and within -1..1", id, f.strength(),
                    describe(article));
            for (Evidence e : f.evidence()) {
                check(e.span().fitsIn(length), "rule %s gave evidence %s outside the %d characters of %s", id,
                        e.span(), length, describe(article));
            }
        }
        VALIDATOR.problem(id, article, corpus, findings).ifPresent(problem -> {
            throw new AssertionError("rule " + id + " " + problem + " (on " + describe(article)
                    + "); the engine would drop its findings and report a failure");
        });
    }

    private static String describe(AnalyzedArticle article) {
        return "article " + article.id() + " (" + article.text().length() + " characters)";
    }

    private static RuleHarness.Context context(AnalyzedArticle article, CorpusView corpus) {
        return new RuleHarness.Context(article, corpus);
    }

    private static Optional<Constructor<?>> publicNoArgumentConstructor(Class<?> type) {
        try {
            Constructor<?> c = type.getConstructor();
            return Modifier.isPublic(c.getModifiers()) ? Optional.of(c) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static void check(boolean ok, String message, Object... args) {
        if (!ok) {
            throw new AssertionError(String.format(message, args));
        }
    }

    /**
     * One article of a megabyte: the sample story's headline over its three bodies, repeated. It is analysed once and
     * the analysis repeated with shifted offsets, which is what analysing the whole megabyte would give, without the
     * quarter of a minute that takes.
     */
    static final class LongArticle {
        private static final AnalyzedArticle ARTICLE = build();
        private static final CorpusView CORPUS = RealAnalysis.corpus(List.of(ARTICLE));

        static AnalyzedArticle get() {
            return ARTICLE;
        }

        static CorpusView corpus() {
            return CORPUS;
        }

        private static AnalyzedArticle build() {
            List<Article> story = SampleStory.articles();
            String body = story.stream().map(Article::body).collect(Collectors.joining("\n\n"));
            AnalyzedArticle unit = RealAnalysis.analyze(new Article("megabyte", story.get(0).title(), "", "", "", body,
                    "testkit:megabyte"));
            int bodyStart = unit.text().length() - body.length();
            int repeats = (MEGABYTE - bodyStart) / (body.length() + 2) + 1;
            String longBody = String.join("\n\n", java.util.Collections.nCopies(repeats, body));
            Article article = new Article("megabyte", story.get(0).title(), "", "", "", longBody, "testkit:megabyte");
            String text = unit.text().substring(0, bodyStart) + longBody;

            List<Sentence> headSentences = unit.sentences().stream().filter(x -> x.span().start() < bodyStart).toList();
            List<Sentence> bodySentences = unit.sentences().stream().filter(x -> x.span().start() >= bodyStart).toList();
            List<Sentence> sentences = new ArrayList<>(headSentences);
            List<Quantity> quantities = new ArrayList<>(head(unit.quantities(), Quantity::span, bodyStart));
            List<Attribution> attributions = new ArrayList<>(head(unit.attributions(), Attribution::cue, bodyStart));
            List<Cue> cues = new ArrayList<>(head(unit.cues(), Cue::span, bodyStart));
            List<Claim> claims = new ArrayList<>(head(unit.claims(), Claim::span, bodyStart));
            for (int r = 0; r < repeats; r++) {
                int shift = r * (body.length() + 2);
                int firstIndex = headSentences.size() + r * bodySentences.size();
                int indexShift = firstIndex - (bodySentences.isEmpty() ? 0 : bodySentences.get(0).index());
                for (Sentence x : bodySentences) {
                    sentences.add(new Sentence(x.index() + indexShift, shift(x.span(), shift),
                            x.tokens().stream().map(t -> new Token(shift(t.span(), shift), t.tag())).toList(), false));
                }
                List<Quantity> qs = body(unit.quantities(), Quantity::span, bodyStart).stream()
                        .map(q -> shift(q, shift)).toList();
                List<Attribution> as = body(unit.attributions(), Attribution::cue, bodyStart).stream()
                        .map(a -> shift(a, shift)).toList();
                List<Cue> cs = body(unit.cues(), Cue::span, bodyStart).stream().map(c -> shift(c, shift)).toList();
                quantities.addAll(qs);
                attributions.addAll(as);
                cues.addAll(cs);
                for (Claim c : body(unit.claims(), Claim::span, bodyStart)) {
                    int index = c.sentenceIndex() + indexShift;
                    claims.add(new Claim(article.id() + "#" + index, article.id(), index, shift(c.span(), shift),
                            c.checkWorthiness(), c.quantities().stream().map(q -> shift(q, shift)).toList(),
                            c.attributions().stream().map(a -> shift(a, shift)).toList(),
                            c.cues().stream().map(x -> shift(x, shift)).toList()));
                }
            }
            return new AnalyzedArticle(article, text, unit.headline(), sentences, quantities, attributions, cues, claims);
        }

        private static <T> List<T> head(List<T> all, Function<T, Span> span, int bodyStart) {
            return all.stream().filter(x -> span.apply(x).start() < bodyStart).toList();
        }

        private static <T> List<T> body(List<T> all, Function<T, Span> span, int bodyStart) {
            return all.stream().filter(x -> span.apply(x).start() >= bodyStart).toList();
        }

        /** The span moved by {@code by} characters; {@link Span#EMPTY}, which marks an absence, stays. */
        private static Span shift(Span span, int by) {
            return span.equals(Span.EMPTY) ? span : new Span(span.start() + by, span.end() + by);
        }

        private static Quantity shift(Quantity q, int by) {
            return new Quantity(shift(q.span(), by), q.low(), q.high(), q.approximation(), q.kind(), q.unit(), q.noun(),
                    shift(q.nounSpan(), by));
        }

        private static Attribution shift(Attribution a, int by) {
            return new Attribution(shift(a.source(), by), a.sourceName(), shift(a.cue(), by), shift(a.content(), by),
                    a.kind(), a.resolved());
        }

        private static Cue shift(Cue c, int by) {
            return new Cue(shift(c.span(), by), c.type(), c.phrase());
        }
    }
}

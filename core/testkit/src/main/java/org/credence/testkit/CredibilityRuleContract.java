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

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.engine.pipeline.Engine;
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
 * evidence inside the text: {@link FindingValidator}); that it fires on each of its {@link RuleExample}s that says it
 * fires and on none of the others, with at least one of each; and that calls on several threads at once give the same
 * findings as calls one at a time.
 *
 * <p>A rule that may find more in one article than the engine takes ({@link CredibilityRule#MAX_FINDINGS}) keeps its
 * strongest findings ({@link Finding#strongest}) rather than skipping this contract: there is no check to switch off.
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
        for (int from = 0; from < findings.size(); from += CredibilityRule.MAX_FINDINGS) {
            assertValid(rule, article, corpus, findings.subList(from,
                    Math.min(findings.size(), from + CredibilityRule.MAX_FINDINGS)));
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
        check(findings.size() <= CredibilityRule.MAX_FINDINGS, "rule %s gave %d findings on a megabyte of text "
                + "(%d claims); the engine takes at most %d from one article and drops them all beyond that",
                rule.info().id(), findings.size(), LongArticle.get().claims().size(), CredibilityRule.MAX_FINDINGS);
    }

    @Test
    public void theRuleFiresOnTheExamplesThatSaySoAndOnNoOther() {
        CredibilityRule rule = rule();
        List<RuleExample> examples = rule.info().examples();
        String id = rule.info().id();
        check(examples.stream().anyMatch(RuleExample::fires) && examples.stream().anyMatch(e -> !e.fires()),
                "rule %s has %d examples; its RuleInfo needs at least one text it must fire on "
                        + "(RuleExample.firesOn) and one it must leave alone (RuleExample.silentOn)", id, examples.size());
        for (RuleExample example : examples) {
            List<Article> together = new ArrayList<>();
            together.add(example.article());
            together.addAll(example.alongside());
            check(together.stream().map(Article::id).distinct().count() == together.size(),
                    "rule %s: an example's articles need ids of their own, were %s", id,
                    together.stream().map(Article::id).toList());
            CorpusView corpus = RealAnalysis.analyzeTogether(together);
            AnalyzedArticle article = corpus.article(example.article().id()).orElseThrow();
            List<Finding> findings = evaluate(rule, article, corpus);
            assertValid(rule, article, corpus, findings);
            check(example.fires() != findings.isEmpty(), "rule %s %s on its example that says it %s:%n  \"%s\"%s", id,
                    findings.isEmpty() ? "gave no finding" : "gave " + findings.size() + " findings (" + findings.get(0)
                            .explanation() + ")", example.fires() ? "fires" : "stays silent",
                    Engine.textOf(example.article()), example.alongside().isEmpty() ? ""
                            : "%n  read with " + example.alongside().size() + " other articles");
        }
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
}

package org.credence.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleInfo;
import org.credence.api.Span;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.claim.CheckWorthinessClaimDetector;
import org.credence.engine.analysis.cue.CueExtractor;
import org.credence.engine.analysis.quantity.QuantityExtractor;
import org.credence.engine.corpus.Corpus;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.result.RuleDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleRunnerTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Lexicons lexicons = Lexicons.defaults();
        Analyzer analyzer = new Analyzer(new OpenNlpPipeline(), new QuantityExtractor(), new AttributionExtractor(lexicons),
                new CueExtractor(lexicons), new CheckWorthinessClaimDetector());
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            articles.add(analyzer.analyze(Article.of("a" + i, "The Kelvar Observatory said over " + i
                    + ",000 miners had signed up in Tarsa. The ministry denied it.")));
        }
        corpus = new CorpusBuilder(lexicons).build(articles);
    }

    /** A rule made of a function, for tables of behaviours. */
    private record FnRule(String id, Function<RuleContext, List<Finding>> fn) implements CredibilityRule {
        @Override
        public RuleInfo info() {
            return new RuleInfo(id, id, "", 0.5, "");
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            return fn.apply(context);
        }
    }

    private static LoadedRule loaded(CredibilityRule rule) {
        return new LoadedRule(new RuleDescriptor(rule.info(), "test-plugin", "1", "test"), rule);
    }

    private static Finding on(RuleContext c, String ruleId, double strength, Span evidence) {
        Claim claim = c.article().claims().get(0);
        return Finding.about(claim, ruleId, strength, "because", List.of(new Evidence(evidence, "e")));
    }

    static List<Arguments> badRules() {
        return List.of(
                Arguments.of("throws", (Function<RuleContext, List<Finding>>) c -> {
                    throw new IllegalStateException("boom");
                }, "threw IllegalStateException: boom"),
                Arguments.of("never-returns", (Function<RuleContext, List<Finding>>) c -> {
                    while (true) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            // ignores interruption on purpose
                        }
                    }
                }, "budget"),
                Arguments.of("nan", (Function<RuleContext, List<Finding>>) c -> List.of(on(c, "nan", Double.NaN,
                        new Span(0, 3))), "invalid output: gave strength NaN"),
                Arguments.of("outside", (Function<RuleContext, List<Finding>>) c -> List.of(on(c, "outside", -0.5,
                        new Span(0, 100_000))), "invalid output: gave evidence [0,100000) outside"),
                Arguments.of("unknown-claim", (Function<RuleContext, List<Finding>>) c -> List.of(new Finding(
                        "unknown-claim", "nowhere#9", -0.5, "x", List.of(), List.of())),
                        "invalid output: named claim 'nowhere#9'"),
                Arguments.of("other-id", (Function<RuleContext, List<Finding>>) c -> List.of(on(c, "someone-else", -0.5,
                        new Span(0, 3))), "invalid output: returned a finding of rule 'someone-else'"),
                Arguments.of("floods", (Function<RuleContext, List<Finding>>) c -> {
                    List<Finding> many = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        many.add(on(c, "floods", -0.1, new Span(0, 3)));
                    }
                    return many;
                }, "more than the limit of 500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRules")
    void aMisbehavingRuleBecomesAFailureAndTheGoodRuleStillRuns(String id, Function<RuleContext, List<Finding>> fn,
                                                                String reason) throws InterruptedException {
        CredibilityRule good = new FnRule("good", c -> List.of(on(c, "good", -0.4, new Span(0, 3))));
        try (RuleRunner runner = new RuleRunner(2, Duration.ofMillis(300))) {
            RuleRunner.Result r = runner.run(corpus, List.of(loaded(good), loaded(new FnRule(id, fn))),
                    ProgressListener.NONE);
            assertThat(r.findings()).hasSize(corpus.size()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("good"));
            assertThat(r.failures()).hasSize(corpus.size()).allSatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo(id);
                assertThat(f.pluginId()).isEqualTo("test-plugin");
                assertThat(f.reason()).contains(reason);
            });
        }
    }

    @Test
    void aRuleThatNeverReturnsIsStoppedForTheRestOfTheRunAfterThreeOverruns() throws InterruptedException {
        CredibilityRule stuck = new FnRule("stuck", c -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // ignores interruption on purpose
                }
            }
        });
        CredibilityRule good = new FnRule("good", c -> List.of(on(c, "good", -0.4, new Span(0, 3))));
        try (RuleRunner runner = new RuleRunner(1, Duration.ofMillis(200))) {
            RuleRunner.Result r = runner.run(corpus, List.of(loaded(good), loaded(stuck)), ProgressListener.NONE);
            assertThat(corpus.size()).as("enough articles to see the rule stopped").isGreaterThan(RuleRunner.STRIKES);
            assertThat(r.findings()).hasSize(corpus.size());
            assertThat(r.failures()).extracting(f -> f.reason().startsWith("took longer") ? "overran" : f.reason())
                    .containsExactlyElementsOf(IntStream.range(0, corpus.size())
                            .mapToObj(i -> i < RuleRunner.STRIKES ? "overran" : "not run: the rule overran its budget 3"
                                    + " times and was stopped for the rest of this run").toList());
        }
    }

    @Test
    void outputOrderIsTheSameWhateverTheThreadCount() throws InterruptedException {
        List<LoadedRule> rules = List.of(
                loaded(new FnRule("b-rule", c -> List.of(on(c, "b-rule", -0.2, new Span(0, 3))))),
                loaded(new FnRule("a-rule", c -> {
                    try {
                        Thread.sleep((long) (Math.random() * 20));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return List.of(on(c, "a-rule", 0.2, new Span(0, 3)));
                })));
        List<String> one;
        try (RuleRunner runner = new RuleRunner(1, Duration.ofSeconds(5))) {
            one = runner.run(corpus, rules, ProgressListener.NONE).findings().stream()
                    .map(f -> f.articleId() + "/" + f.ruleId()).toList();
        }
        try (RuleRunner runner = new RuleRunner(4, Duration.ofSeconds(5))) {
            List<ArticleFinding> four = runner.run(corpus, rules, ProgressListener.NONE).findings();
            assertThat(four).extracting(f -> f.articleId() + "/" + f.ruleId()).containsExactlyElementsOf(one);
        }
    }
}

package org.credence.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Claim;
import org.credence.api.CorpusView;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;

/**
 * Fluent assertions about what a rule finds, in the words a rule's author thinks in:
 *
 * <pre>{@code
 * assertThatRule(rule).on("The mine was sold, sources say. The ministry denied it.")
 *         .flagsClaim("The mine was sold, sources say.").loweringItsScore();
 * }</pre>
 *
 * <p>{@link RuleAssert#on(String) on(text)} analyses the text as {@code credence score} does ({@link RealAnalysis}),
 * so the claims are those the real claim detector finds; {@link RuleAssert#on(AnalyzedArticle)} takes an article
 * built by hand with {@link ArticleFixture}. A claim is named by a piece of its text. Failures say what the rule
 * found instead.
 */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    /** Starts an assertion about a rule. */
    public static RuleAssert assertThatRule(CredibilityRule rule) {
        return new RuleAssert(Objects.requireNonNull(rule, "rule"));
    }

    /** A rule about to be run on an article. */
    public static final class RuleAssert {
        private final CredibilityRule rule;

        private RuleAssert(CredibilityRule rule) {
            this.rule = rule;
        }

        /** Runs the rule on this body text (no headline), analysed as {@code credence score} analyses it. */
        public ArticleFindings on(String text) {
            return on(Article.of("article", text));
        }

        /** Runs the rule on an article with this headline and body text, analysed as {@code credence score} does. */
        public ArticleFindings on(String headline, String body) {
            return on(Article.of("article", headline, body));
        }

        /** Runs the rule on this article, analysed as {@code credence score} does, alone in its corpus. */
        public ArticleFindings on(Article article) {
            AnalyzedArticle analyzed = RealAnalysis.analyze(article);
            return on(analyzed, RealAnalysis.corpus(List.of(analyzed)));
        }

        /** Runs the rule on an analysed article (from {@link ArticleFixture}, say), alone in its corpus. */
        public ArticleFindings on(AnalyzedArticle article) {
            return on(article, FixedCorpus.of(article));
        }

        /** Runs the rule on one article of a corpus. */
        public ArticleFindings on(AnalyzedArticle article, CorpusView corpus) {
            return new ArticleFindings(rule, article, RuleHarness.evaluate(rule, article, corpus));
        }
    }

    /** What a rule found in one article. */
    public static final class ArticleFindings {
        private final CredibilityRule rule;
        private final AnalyzedArticle article;
        private final List<Finding> findings;

        private ArticleFindings(CredibilityRule rule, AnalyzedArticle article, List<Finding> findings) {
            this.rule = rule;
            this.article = article;
            this.findings = List.copyOf(Objects.requireNonNull(findings, "the rule returned null"));
        }

        /** Every finding, for assertions of your own. */
        public List<Finding> findings() {
            return findings;
        }

        /** The analysed article the rule was run on. */
        public AnalyzedArticle article() {
            return article;
        }

        /** Asserts the rule has at least one finding on the claim that contains {@code claimText}. */
        public FlaggedClaim flagsClaim(String claimText) {
            Claim claim = claimContaining(claimText);
            List<Finding> about = RuleHarness.about(findings, claim.id());
            if (about.isEmpty()) {
                throw new AssertionError(ruleId() + " has no finding on claim " + claim.id() + " \"" + textOf(claim)
                        + "\"; " + describeAll());
            }
            return new FlaggedClaim(this, "claim " + claim.id() + " \"" + textOf(claim) + "\"", about);
        }

        /** Asserts the rule has no finding on the claim that contains {@code claimText}. */
        public ArticleFindings doesNotFlagClaim(String claimText) {
            Claim claim = claimContaining(claimText);
            List<Finding> about = RuleHarness.about(findings, claim.id());
            if (!about.isEmpty()) {
                throw new AssertionError(ruleId() + " should not flag claim " + claim.id() + " \"" + textOf(claim)
                        + "\", but found: " + describe(about));
            }
            return this;
        }

        /** Asserts the rule has at least one finding about the whole article. */
        public FlaggedClaim flagsTheArticle() {
            List<Finding> about = RuleHarness.about(findings, "");
            if (about.isEmpty()) {
                throw new AssertionError(ruleId() + " has no finding about the whole article; " + describeAll());
            }
            return new FlaggedClaim(this, "the whole article", about);
        }

        /** Asserts the rule found nothing at all. */
        public ArticleFindings flagsNothing() {
            if (!findings.isEmpty()) {
                throw new AssertionError(ruleId() + " should find nothing, but found: " + describe(findings));
            }
            return this;
        }

        private String ruleId() {
            return "rule " + rule.info().id();
        }

        private Claim claimContaining(String claimText) {
            String wanted = flat(claimText);
            List<Claim> matching = article.claims().stream().filter(c -> flat(textOf(c)).contains(wanted)).toList();
            if (matching.size() == 1) {
                return matching.get(0);
            }
            if (matching.size() > 1) {
                throw new AssertionError("\"" + claimText + "\" is in " + matching.size() + " claims ("
                        + matching.stream().map(Claim::id).collect(Collectors.joining(", "))
                        + "); give more of the claim's text");
            }
            String where = article.sentences().stream().filter(s -> flat(article.text(s.span())).contains(wanted))
                    .findFirst().map(s -> "it is in sentence " + s.index() + ", which the engine does not take for a "
                            + "claim (it asserts nothing checkable enough)")
                    .orElse("it is not in the article's text");
            throw new AssertionError("no claim contains \"" + claimText + "\": " + where + ". The claims are: "
                    + claimsListed());
        }

        private String claimsListed() {
            if (article.claims().isEmpty()) {
                return "none";
            }
            return article.claims().stream().map(c -> c.id() + " \"" + textOf(c) + "\"")
                    .collect(Collectors.joining("; "));
        }

        private String textOf(Claim claim) {
            return flat(article.text(claim.span()));
        }

        private String describeAll() {
            return findings.isEmpty() ? "it found nothing in the article" : "it found: " + describe(findings);
        }

        String describe(List<Finding> list) {
            List<String> out = new ArrayList<>();
            for (Finding f : list) {
                String on = f.isArticleLevel() ? "the article" : f.claimId();
                out.add(String.format(Locale.ROOT, "%n  on %s, strength %+.2f: %s", on, f.strength(), f.explanation()));
            }
            return String.join("", out);
        }

        private static String flat(String text) {
            return text.replaceAll("\\s+", " ").strip();
        }
    }

    /** The findings a rule has on one claim (or on the whole article); each method narrows them. */
    public static final class FlaggedClaim {
        private final ArticleFindings all;
        private final String what;
        private final List<Finding> findings;

        private FlaggedClaim(ArticleFindings all, String what, List<Finding> findings) {
            this.all = all;
            this.what = what;
            this.findings = findings;
        }

        /** Asserts a finding lowers the claim's score (a negative strength). */
        public FlaggedClaim loweringItsScore() {
            return narrow(f -> f.strength() < 0, "that lowers its score (negative strength)");
        }

        /** Asserts a finding raises the claim's score (a positive strength). */
        public FlaggedClaim raisingItsScore() {
            return narrow(f -> f.strength() > 0, "that raises its score (positive strength)");
        }

        /** Asserts a finding's strength lies within {@code min..max}. */
        public FlaggedClaim withStrengthBetween(double min, double max) {
            return narrow(f -> f.strength() >= min && f.strength() <= max,
                    String.format(Locale.ROOT, "with a strength within %.2f..%.2f", min, max));
        }

        /** Asserts a finding's explanation is exactly this. */
        public FlaggedClaim withExplanation(String explanation) {
            return narrow(f -> f.explanation().equals(explanation), "explained as \"" + explanation + "\"");
        }

        /** Asserts a finding's explanation contains this. */
        public FlaggedClaim withExplanationContaining(String part) {
            return narrow(f -> f.explanation().contains(part), "whose explanation contains \"" + part + "\"");
        }

        /** Asserts a finding gives as evidence a passage whose text is exactly this. */
        public FlaggedClaim withEvidence(String passage) {
            AnalyzedArticle article = all.article();
            return narrow(f -> f.evidence().stream().map(Evidence::span).map(article::text).anyMatch(passage::equals),
                    "with the evidence \"" + passage + "\"");
        }

        /** The findings still in view, for assertions of your own. */
        public List<Finding> findings() {
            return findings;
        }

        /** Back to the whole article, to assert about another claim. */
        public ArticleFindings and() {
            return all;
        }

        private FlaggedClaim narrow(Predicate<Finding> test, String description) {
            List<Finding> kept = findings.stream().filter(test).toList();
            if (kept.isEmpty()) {
                throw new AssertionError("no finding on " + what + " " + description + "; the findings on it: "
                        + all.describe(findings));
            }
            return new FlaggedClaim(all, what, kept);
        }
    }
}

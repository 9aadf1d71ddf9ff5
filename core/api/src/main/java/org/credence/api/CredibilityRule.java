package org.credence.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A credibility heuristic: reads an analysed article and says which of its claims are more or less credible, and why.
 *
 * <p>Implement it in a PF4J plugin, annotate the class with {@code @org.pf4j.Extension}, and give it a public
 * no-argument constructor. The contract (the rule contract test in credence-rule-testkit checks all of it):
 * <ul>
 *   <li><b>Stateless and thread-safe.</b> One instance evaluates many articles at once on several threads.</li>
 *   <li><b>Pure.</b> The result depends only on the context; no I/O, no clocks, no randomness.</li>
 *   <li><b>Valid output.</b> A list, never null, of at most {@value #MAX_FINDINGS} findings; each names this rule's
 *       id and a claim of the evaluated article (or none, for the whole article), has a finite strength within
 *       -1..1, an explanation of 1 to {@value #MAX_EXPLANATION} characters, at most {@value #MAX_EVIDENCE} pieces
 *       of evidence with spans inside the article's text, and at most {@value #MAX_RELATED} related claims, each
 *       a claim of the corpus. The engine drops the whole result of an evaluation that breaks any of this and
 *       reports it as a rule failure, so a rule that may find more than {@value #MAX_FINDINGS} things in one
 *       article keeps its strongest ({@link Finding#strongest}).</li>
 *   <li><b>Bounded.</b> The engine gives each evaluation a time budget; a rule that overruns it is reported as
 *       failed for that article.</li>
 *   <li><b>True to its examples.</b> It fires on every {@link RuleExample} of its {@link RuleInfo} that says it
 *       fires, and on no other.</li>
 * </ul>
 * An exception thrown from {@link #evaluate} is contained by the engine and reported as a rule failure; every other
 * rule's results still come out.
 */
public interface CredibilityRule extends ExtensionPoint {

    /** The most findings the engine takes from one evaluation. */
    int MAX_FINDINGS = 500;
    /** The longest explanation the engine takes, in characters. */
    int MAX_EXPLANATION = 2_000;
    /** The most pieces of evidence one finding may give. */
    int MAX_EVIDENCE = 50;
    /** The most related claims one finding may give. */
    int MAX_RELATED = 100;

    /** @return what the rule is; the same value on every call */
    RuleInfo info();

    /**
     * Evaluates one article.
     *
     * @param context the article and the corpus it was loaded with
     * @return the findings, empty when the rule has nothing to say; never null
     */
    List<Finding> evaluate(RuleContext context);
}

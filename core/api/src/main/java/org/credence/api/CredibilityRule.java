package org.credence.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A credibility heuristic: reads an analysed article and says which of its claims are more or less credible, and why.
 *
 * <p>Implement it in a PF4J plugin, annotate the class with {@code @org.pf4j.Extension}, and give it a public
 * no-argument constructor. The contract:
 * <ul>
 *   <li><b>Stateless and thread-safe.</b> One instance evaluates many articles at once on several threads.</li>
 *   <li><b>Pure.</b> The result depends only on the context; no I/O, no clocks, no randomness.</li>
 *   <li><b>Valid output.</b> Every finding names this rule's id, a claim of the evaluated article (or none, for the
 *       whole article), a finite strength within -1..1, and evidence spans inside the article's text. The engine
 *       drops invalid output and reports it as a rule failure.</li>
 *   <li><b>Bounded.</b> The engine gives each evaluation a time budget; a rule that overruns it is reported as
 *       failed for that article.</li>
 * </ul>
 * An exception thrown from {@link #evaluate} is contained by the engine and reported as a rule failure; every other
 * rule's results still come out.
 */
public interface CredibilityRule extends ExtensionPoint {

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

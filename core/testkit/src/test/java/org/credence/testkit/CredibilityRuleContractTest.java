package org.credence.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.CredibilityRule;
import org.credence.api.Evidence;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.api.RuleExample;
import org.credence.api.RuleInfo;
import org.credence.api.Span;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/** The contract passes a well-behaved rule and fails each kind of misbehaviour with a message that says why. */
class CredibilityRuleContractTest {

    /** A rule that keeps the contract: a finding on every claim with a figure, the figure as evidence. */
    @Extension
    public static class FiguresRule extends Figures {
    }

    /** The rule's work, without the annotation: each test's variant adds it, or not. */
    public static class Figures implements CredibilityRule {
        @Override
        public RuleInfo info() {
            return new RuleInfo("figures", "Figures", "Flags every claim with a figure.", 0.5, "", List.of(
                    RuleExample.firesOn("The militia recruited 300 miners from the valley, the governor said."),
                    RuleExample.silentOn("The militia recruited miners from the valley, the governor said.")));
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            List<Finding> out = new ArrayList<>();
            for (Claim claim : context.article().claims()) {
                if (!claim.quantities().isEmpty() && out.size() < 400) {
                    out.add(Finding.about(claim, "figures", strength(claim), "The claim states a figure.",
                            List.of(new Evidence(claim.quantities().get(0).span(), "figure"))));
                }
            }
            return out;
        }

        double strength(Claim claim) {
            return -0.3;
        }
    }

    private static CredibilityRuleContract contractOf(CredibilityRule rule) {
        return new CredibilityRuleContract() {
            @Override
            protected CredibilityRule rule() {
                return rule;
            }
        };
    }

    @Test
    void aRuleThatKeepsTheContractPassesEveryCheck() {
        CredibilityRuleContract contract = contractOf(new FiguresRule());
        assertThatCode(() -> {
            contract.theRuleIsAnExtensionPf4jCanCreate();
            contract.theIdIsValidAndPermanentAndTheInfoComplete();
            contract.anEmptyArticleGivesValidOutput();
            contract.aMegabyteOfTextGivesValidOutputWithinTheEngineBudget();
            contract.aMegabyteOfTextGivesNoMoreFindingsThanTheEngineTakes();
            contract.theRuleFiresOnTheExamplesThatSaySoAndOnNoOther();
            contract.everyFindingOnTheSampleIsValid();
            contract.callsOnSeveralThreadsGiveTheSameFindingsAsCallsOneAtATime();
        }).doesNotThrowAnyException();
        assertThat(new FiguresRule().evaluate(new RuleHarness.Context(LongArticle.get(),
                LongArticle.corpus()))).isNotEmpty();
    }

    /** No @Extension: PF4J would load the jar and find no rule in it. */
    public static class NotAnExtension extends Figures {
    }

    @Test
    void aRuleWithoutTheExtensionAnnotationFails() {
        assertThatThrownBy(() -> contractOf(new NotAnExtension()).theRuleIsAnExtensionPf4jCanCreate())
                .hasMessageContaining("@org.pf4j.Extension");
    }

    @Extension
    public static class NoDefaultConstructor extends Figures {
        public NoDefaultConstructor(String unused) {
        }
    }

    @Test
    void aRuleWithoutAPublicNoArgumentConstructorFails() {
        assertThatThrownBy(() -> contractOf(new NoDefaultConstructor("x")).theRuleIsAnExtensionPf4jCanCreate())
                .hasMessageContaining("public constructor without arguments");
    }

    @Extension
    public static class ChangingId extends Figures {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public RuleInfo info() {
            return new RuleInfo("figures-" + calls.incrementAndGet(), "Figures", "Flags figures.", 0.5, "");
        }
    }

    @Test
    void anIdThatChangesFails() {
        assertThatThrownBy(() -> contractOf(new ChangingId()).theIdIsValidAndPermanentAndTheInfoComplete())
                .hasMessageContaining("info() changed between two calls");
    }

    @Extension
    public static class NoDescription extends Figures {
        @Override
        public RuleInfo info() {
            return new RuleInfo("figures", "Figures", " ", 0.5, "");
        }
    }

    @Test
    void aRuleWithoutADescriptionFails() {
        assertThatThrownBy(() -> contractOf(new NoDescription()).theIdIsValidAndPermanentAndTheInfoComplete())
                .hasMessageContaining("has no description");
    }

    @Extension
    public static class ChokesOnEmpty extends Figures {
        @Override
        public List<Finding> evaluate(RuleContext context) {
            return List.of(Finding.about(context.article().claims().get(0), "figures", -0.2, "first claim", List.of()));
        }
    }

    @Test
    void aRuleThatThrowsOnAnEmptyArticleFails() {
        assertThatThrownBy(() -> contractOf(new ChokesOnEmpty()).anEmptyArticleGivesValidOutput())
                .hasMessageContaining("threw on article empty").hasMessageContaining("IndexOutOfBounds");
    }

    @Extension
    public static class NotANumber extends Figures {
        @Override
        double strength(Claim claim) {
            return Double.NaN;
        }
    }

    @Test
    void aStrengthThatIsNotANumberFails() {
        assertThatThrownBy(() -> contractOf(new NotANumber()).everyFindingOnTheSampleIsValid())
                .hasMessageContaining("gave strength NaN");
    }

    @Extension
    public static class TooStrong extends Figures {
        @Override
        double strength(Claim claim) {
            return -1.5;
        }
    }

    @Test
    void aStrengthBeyondMinusOneFails() {
        assertThatThrownBy(() -> contractOf(new TooStrong()).everyFindingOnTheSampleIsValid())
                .hasMessageContaining("gave strength -1.5").hasMessageContaining("-1..1");
    }

    @Extension
    public static class EvidenceOutside extends Figures {
        @Override
        public List<Finding> evaluate(RuleContext context) {
            AnalyzedArticle a = context.article();
            return a.claims().stream().limit(1).map(c -> Finding.about(c, "figures", -0.2, "beyond the end",
                    List.of(new Evidence(new Span(a.text().length(), a.text().length() + 5), "nothing")))).toList();
        }
    }

    @Test
    void evidenceBeyondTheTextFails() {
        assertThatThrownBy(() -> contractOf(new EvidenceOutside()).everyFindingOnTheSampleIsValid())
                .hasMessageContaining("outside the");
    }

    @Extension
    public static class OtherArticlesClaim extends Figures {
        @Override
        public List<Finding> evaluate(RuleContext context) {
            Claim foreign = context.corpus().articles().stream().filter(a -> a != context.article())
                    .flatMap(a -> a.claims().stream()).findFirst().orElseThrow();
            return List.of(Finding.about(foreign, "figures", -0.2, "a claim of another article", List.of()));
        }
    }

    @Test
    void aFindingOnAnotherArticlesClaimFails() {
        assertThatThrownBy(() -> contractOf(new OtherArticlesClaim()).everyFindingOnTheSampleIsValid())
                .hasMessageContaining("which is not in article");
    }

    /** Keeps a counter between calls: each call's strength depends on how many came before. */
    @Extension
    public static class Stateful extends Figures {
        private int calls;

        @Override
        double strength(Claim claim) {
            calls++;
            return -((calls % 7) + 1) / 10.0;
        }
    }

    @Test
    void aRuleWithStateFailsTheThreadCheck() {
        assertThatThrownBy(() -> contractOf(new Stateful()).callsOnSeveralThreadsGiveTheSameFindingsAsCallsOneAtATime())
                .hasMessageContaining("stateless and thread-safe");
    }

    @Extension
    public static class Chatty extends Figures {
        @Override
        public List<Finding> evaluate(RuleContext context) {
            return context.article().claims().stream()
                    .map(c -> Finding.about(c, "figures", -0.1, "every claim", List.of())).toList();
        }
    }

    @Test
    void moreFindingsOnAMegabyteThanTheEngineTakesFails() {
        CredibilityRuleContract contract = contractOf(new Chatty());
        assertThatCode(contract::aMegabyteOfTextGivesValidOutputWithinTheEngineBudget).doesNotThrowAnyException();
        assertThatThrownBy(contract::aMegabyteOfTextGivesNoMoreFindingsThanTheEngineTakes)
                .hasMessageContaining("the engine takes at most 500");
    }

    /** Examples as RuleInfo's short constructor leaves them: none. */
    public static class NoExamples extends Figures {
        @Override
        public RuleInfo info() {
            return new RuleInfo("figures", "Figures", "Flags every claim with a figure.", 0.5, "");
        }
    }

    /** An example that says the rule stays silent on a text where it fires. */
    public static class WrongExample extends Figures {
        @Override
        public RuleInfo info() {
            return new RuleInfo("figures", "Figures", "Flags every claim with a figure.", 0.5, "", List.of(
                    RuleExample.firesOn("The militia recruited 300 miners from the valley, the governor said."),
                    RuleExample.silentOn("The militia recruited 400 miners from the valley, the governor said.")));
        }
    }

    @Test
    void aRuleWithoutExamplesOrFalseToOneFails() {
        assertThatThrownBy(contractOf(new NoExamples())::theRuleFiresOnTheExamplesThatSaySoAndOnNoOther)
                .hasMessageContaining("rule figures has 0 examples");
        assertThatThrownBy(contractOf(new WrongExample())::theRuleFiresOnTheExamplesThatSaySoAndOnNoOther)
                .hasMessageContaining("rule figures gave 1 findings (The claim states a figure.) on its example that "
                        + "says it stays silent");
    }

    @Test
    void theMegabyteArticleIsTheSampleStoryRepeatedWithConsistentOffsets() {
        AnalyzedArticle a = LongArticle.get();
        assertThat(a.text().length()).isGreaterThanOrEqualTo(1 << 20);
        assertThat(a.text()).startsWith(SampleStory.articles().get(0).title() + "\n\n");
        for (int i = 0; i < a.sentences().size(); i++) {
            assertThat(a.sentences().get(i).index()).isEqualTo(i);
        }
        assertThat(a.claims()).extracting(Claim::id).doesNotHaveDuplicates();
        AnalyzedArticle first = RealAnalysis.analyze(SampleStory.articles().get(2));
        String lastClaim = first.text(first.claims().get(first.claims().size() - 1).span());
        assertThat(a.claims()).filteredOn(c -> a.text(c.span()).equals(lastClaim)).hasSizeGreaterThan(50);
        a.cues().forEach(c -> assertThat(a.text(c.span()).toLowerCase(Locale.ROOT)).isNotBlank());
        assertThat(a.quantities()).allSatisfy(q -> assertThat(a.text(q.span())).containsPattern("[0-9]|[a-z]"));
    }
}

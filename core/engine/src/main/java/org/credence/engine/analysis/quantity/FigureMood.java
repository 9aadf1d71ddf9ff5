package org.credence.engine.analysis.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credence.api.Sentence;
import org.credence.api.Token;

/**
 * Whether a number is stated as a fact or only named in a negated or hypothetical clause: "we do not need 2,000 miles
 * of wall", "if 500 more troops were sent", "the plan could cost $3 billion". Such amounts are nobody's report of how
 * things are, so no figure is taken from them (issue 15). Looks only at the figure's own clause: back from the figure
 * to the nearest comma, semicolon, colon, dash or word opening a clause ("that", "why"), at most
 * {@value #WINDOW} words.
 */
final class FigureMood {

    /** How many words before the figure are read for a negation or a modal. */
    static final int WINDOW = 8;
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "nor", "neither");
    /** Words after a negator that make it a bound on the figure, not a denial of it ("not more than 40"). */
    private static final Set<String> BOUNDS = Set.of("more", "less", "fewer", "than", "only", "even", "just", "over",
            "under", "quite", "nearly", "all");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "suppose", "supposing", "imagine",
            "hypothetically", "whether");
    private static final Set<String> DEFINITE = Set.of("the", "its", "their", "his", "her", "our", "those", "these",
            "all");
    private static final Set<String> SPECULATIVE_MODALS = Set.of("could", "might", "'d");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "--", "(", ")");
    /** Words that open a clause of its own: "did not say why it cut 300 jobs" states the 300 as a fact. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "why", "how", "when", "where", "which", "who",
            "because", "after", "since", "while", "and", "but", "as");

    private FigureMood() {
    }

    /** True when the figure starting at {@code offset} sits in a negated or hypothetical clause of the sentence. */
    static boolean negatedOrHypothetical(String text, Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        int end = 0;
        while (end < tokens.size() && tokens.get(end).span().start() < offset) {
            end++;
        }
        if (end > 0 && DEFINITE.contains(lower(text, tokens.get(end - 1)))) {
            return false;   // "never paid the 500 workers": the count is taken as given, only the paying is denied
        }
        boolean conditionalSentence = false;
        for (Token t : tokens) {
            if (CONDITIONALS.contains(lower(text, t))) {
                conditionalSentence = true;
                break;
            }
        }
        for (int i = end - 1, seen = 0; i >= 0 && seen < WINDOW; i--, seen++) {
            String w = lower(text, tokens.get(i));
            if (CONDITIONALS.contains(w)) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(w) || SUBORDINATORS.contains(w)) {
                break;
            }
            if (NEGATORS.contains(w)) {
                String next = i + 1 < tokens.size() ? lower(text, tokens.get(i + 1)) : "";
                if (!BOUNDS.contains(next)) {
                    return true;
                }
            }
            if (SPECULATIVE_MODALS.contains(w) || w.equals("would") && conditionalSentence) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text, Token t) {
        return t.span().in(text).toLowerCase(Locale.ROOT);
    }
}

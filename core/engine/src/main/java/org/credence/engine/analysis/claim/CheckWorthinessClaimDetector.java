package org.credence.engine.analysis.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Quantity;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.engine.analysis.ClaimDetector;
import org.credence.engine.analysis.TextUnit;

/**
 * Decides which sentences assert something a reader could check, and how much: a figure, a named person, place or
 * body, a source it is attributed to, a hedge or denial around it. Questions, fragments and page furniture ("Read
 * more", "Follow us") are not claims. The features and weights are in docs/decisions/0008-check-worthiness.md.
 */
public final class CheckWorthinessClaimDetector implements ClaimDetector {

    /** Sentences scoring below this are not claims. */
    public static final double THRESHOLD = 0.4;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(read more|follow us|subscribe|click here|sign up for our|newsletter|advertisement|share this|"
                    + "all rights reserved|copyright|cookies?|terms of (use|service)|privacy policy|related articles?|"
                    + "watch:|listen:|photo:|image:|getty images|file photo)\\b|©");
    private static final Set<String> FIRST_PERSON_OPINION = Set.of("i think", "i believe", "in my opinion", "i feel",
            "we think", "we believe");
    private static final Set<String> CHECKABLE_VERBS = Set.of("killed", "died", "signed", "recruited", "hired",
            "arrested", "fled", "rose", "fell", "increased", "decreased", "joined", "sent", "deployed", "paid",
            "offered", "won", "lost", "approved", "banned", "announced", "launched", "agreed", "built", "closed");

    @Override
    public List<Claim> detect(String articleId, TextUnit unit, List<Quantity> quantities, List<Attribution> attributions,
                              List<Cue> cues) {
        List<Claim> out = new ArrayList<>();
        for (Sentence sentence : unit.sentences()) {
            Span span = sentence.span();
            List<Quantity> qs = within(quantities, span, Quantity::span);
            List<Attribution> as = within(attributions, span, Attribution::cue);
            List<Cue> cs = within(cues, span, Cue::span);
            List<Cue> telling = cs.stream().filter(c -> c.type() != CueType.SPECULATION).toList();
            if (!sentence.headline() && qs.isEmpty() && as.isEmpty() && telling.isEmpty()) {
                continue;   // with no figure, source or cue a sentence is below the threshold whatever else it has
            }
            double worth = worthiness(unit.text(), sentence, qs, as, telling);
            if (worth >= THRESHOLD) {
                out.add(new Claim(articleId + "#" + sentence.index(), articleId, sentence.index(), span, worth, qs, as, cs));
            }
        }
        return out;
    }

    private static <T> List<T> within(List<T> items, Span span, Function<T, Span> spanOf) {
        List<T> out = null;
        for (T item : items) {
            if (span.contains(spanOf.apply(item))) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(item);
            }
        }
        return out == null ? List.of() : out;
    }

    /** How check-worthy a sentence is, 0..1. */
    double worthiness(String text, Sentence sentence, List<Quantity> qs, List<Attribution> as, List<Cue> cs) {
        List<Token> tokens = sentence.tokens();
        String s = sentence.span().in(text);
        int words = 0;
        boolean verb = false;
        boolean name = false;
        boolean checkableVerb = false;
        for (Token t : tokens) {
            String tag = t.tag();
            if (!tag.equals("PUNCT")) {
                words++;
            }
            verb |= tag.equals("VERB") || tag.equals("AUX");
            name |= tag.equals("PROPN");
            checkableVerb |= tag.equals("VERB") && CHECKABLE_VERBS.contains(t.span().in(text).toLowerCase());
        }
        if (words < 4 || s.endsWith("?") || BOILERPLATE.matcher(s).find()) {
            return 0;
        }
        if (!verb && !sentence.headline()) {
            return 0;   // a caption, a dateline, a list item
        }
        double score = 0.2;
        score += qs.stream().anyMatch(q -> !q.noun().isEmpty()) ? 0.35 : qs.isEmpty() ? 0 : 0.25;
        score += as.isEmpty() ? 0 : 0.2;
        score += name ? 0.15 : 0;
        score += cs.isEmpty() ? 0 : 0.1;
        score += checkableVerb ? 0.1 : 0;
        String lower = s.toLowerCase();
        if (FIRST_PERSON_OPINION.stream().anyMatch(lower::contains)) {
            score -= 0.2;
        }
        if (words > 60) {
            score -= 0.1;
        }
        return Math.max(0, Math.min(1, score));
    }
}

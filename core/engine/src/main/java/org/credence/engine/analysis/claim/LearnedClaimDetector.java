package org.credence.engine.analysis.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.Cue;
import org.credence.api.Quantity;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.engine.analysis.ClaimDetector;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.model.LinearModel;

/**
 * Decides which sentences are claims with the learned check-worthiness model (docs/models.md): the model's
 * probability is the claim's check-worthiness, and a sentence is a claim from the model's threshold on. Each claim
 * carries its strongest reasons ({@link ClaimReasons}). Two things are not left to the model, since the debates it
 * learnt from have none of them: sentences of fewer than four words, and page furniture ("Read more",
 * "Follow us", "©"), are never claims. Thread-safe.
 */
public final class LearnedClaimDetector implements ClaimDetector {

    public static final String KIND = "check-worthiness";
    private static final int MIN_WORDS = 4;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(read more|follow us|subscribe|click here|sign up for our|newsletter|advertisement|share this|"
                    + "all rights reserved|copyright|cookies?|terms of (use|service)|privacy policy|related articles?|"
                    + "watch:|listen:|photo:|image:|getty images|file photo)\\b|©");

    private final LinearModel model;

    public LearnedClaimDetector(LinearModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (!model.kind().equals(KIND)) {
            throw new IllegalArgumentException("a " + model.kind() + " model cannot detect claims");
        }
    }

    public LinearModel model() {
        return model;
    }

    @Override
    public List<Claim> detect(String articleId, TextUnit unit, List<Quantity> quantities, List<Attribution> attributions,
                              List<Cue> cues) {
        List<Claim> out = new ArrayList<>();
        String text = unit.text();
        for (Sentence sentence : unit.sentences()) {
            Span span = sentence.span();
            if (!longEnough(sentence)) {
                continue;
            }
            List<Quantity> qs = within(quantities, span, Quantity::span);
            List<Attribution> as = within(attributions, span, Attribution::cue);
            List<Cue> cs = within(cues, span, Cue::span);
            LinearModel.Scoring scoring = model.scoring();
            ClaimFeatures.extract(text, sentence, qs, as, cs, scoring);
            double p = scoring.probability();
            if (p >= model.threshold() && !furniture(text, sentence)) {
                LinearModel.Scoring why = model.explaining();
                ClaimFeatures.extract(text, sentence, qs, as, cs, why);
                out.add(new Claim(articleId + "#" + sentence.index(), articleId, sentence.index(), span, p, qs, as, cs,
                        ClaimReasons.of(why.contributions())));
            }
        }
        return out;
    }

    /** The probability the model gives a sentence, whether or not it is a claim; 0 for fragments and furniture. */
    public double checkWorthiness(String text, Sentence sentence, List<Quantity> qs, List<Attribution> as, List<Cue> cs) {
        if (!longEnough(sentence) || furniture(text, sentence)) {
            return 0;
        }
        LinearModel.Scoring scoring = model.scoring();
        ClaimFeatures.extract(text, sentence, qs, as, cs, scoring);
        return scoring.probability();
    }

    static boolean furniture(String text, Sentence sentence) {
        return BOILERPLATE.matcher(sentence.span().in(text)).find();
    }

    static boolean longEnough(Sentence sentence) {
        int words = 0;
        List<org.credence.api.Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && words < MIN_WORDS; i++) {
            if (!tokens.get(i).tag().equals("PUNCT")) {
                words++;
            }
        }
        return words >= MIN_WORDS;
    }

    static <T> List<T> within(List<T> items, Span span, Function<T, Span> spanOf) {
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
}

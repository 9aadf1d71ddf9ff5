package org.credence.engine.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credence.api.Attribution;
import org.credence.api.AttributionType;
import org.credence.api.Sentence;
import org.credence.api.SourceKind;
import org.credence.api.Span;
import org.credence.engine.analysis.Extractor;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.analysis.attribution.NounPhrases.Phrase;
import org.credence.engine.analysis.text.PhraseMatcher;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.Lexicons;

/**
 * Finds who a statement is attributed to: "X said ...", "..., said X", "X, an analyst, told AP", "according to
 * reports from X", "as per his analysis", with the source's kind (official, activist, unnamed...) and whether the
 * cue reports a statement ("said") or a belief or wish ("wants", "believes").
 *
 * <p>Two finders propose attributions in each sentence: patterns over tags and lexicons (decision 0007), and, where
 * a sentence can hold an attribution at all, the learned {@link AttributionModel} (decision 0026). The model goes
 * first; the patterns add the attributions whose cue the model did not find. Either way the source's kind comes
 * from the same roles and titles.
 *
 * <p>A pronoun, a possessive ("his analysis") or a role with "the" ("the activist") stands for the last source
 * named before it; such attributions are marked resolved. A role without a name ("a DOD spokesperson",
 * "multiple media reports") is an unnamed source; with a promise of anonymity it is an anonymous one. See
 * docs/decisions/0007-attribution-kinds.md.
 */
public final class AttributionExtractor implements Extractor<Attribution> {

    /** Which finders propose attributions. */
    public enum Finders {
        /** the patterns alone */
        PATTERNS,
        /** the learned model alone */
        MODEL,
        /** the patterns, then the model where the patterns found no cue */
        PATTERNS_THEN_MODEL,
        /** the model, then the patterns where the model found no cue */
        MODEL_THEN_PATTERNS
    }

    static final String CUES = "attribution-cues";
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "some", "several", "multiple", "many",
            "various", "two", "three", "few", "numerous", "unnamed", "other");
    /** First and second persons, which stand as sources only inside a quotation. */
    private static final Set<String> SPEAKERS_IN_QUOTES = Set.of("i", "you", "we", "we're", "i'm", "you're", "me", "us");
    /** Bodies that "the" names well enough: "the state news agency" is a source, "the official" is not named. */
    private static final Set<String> INSTITUTIONS = Set.of("agency", "government", "authorities", "monitor", "group",
            "newspaper", "ministry", "army", "military", "police", "broadcaster", "court", "council");

    private final PhraseMatcher<Boolean> anonymity = new PhraseMatcher<>();
    private final SourceKindClassifier kinds;
    private final AttributionFeatures features;
    private final AttributionPatterns patterns;
    private final ModelAttributions learned;
    private final Finders finders;

    /** The patterns alone, with no learned model. */
    public AttributionExtractor(Lexicons lexicons) {
        this(lexicons, null, Finders.PATTERNS);
    }

    /**
     * The learned model and the patterns together, as the engine runs them: the model first, the patterns where it
     * found no cue (the order that scored best on PolNeAR dev, docs/models.md).
     */
    public AttributionExtractor(Lexicons lexicons, AttributionModel model) {
        this(lexicons, model, Finders.MODEL_THEN_PATTERNS);
    }

    /**
     * @param model   the learned model; may be null only with {@link Finders#PATTERNS}
     * @param finders which finders to run, for measuring each on its own
     */
    public AttributionExtractor(Lexicons lexicons, AttributionModel model, Finders finders) {
        Lexicon cues = lexicons.get(CUES);
        cues.group("ANONYMITY").forEach(p -> anonymity.add(p, true));
        kinds = new SourceKindClassifier(lexicons.get(SourceKindClassifier.LEXICON));
        features = new AttributionFeatures(lexicons);
        if (model == null && finders != Finders.PATTERNS) {
            throw new IllegalArgumentException("finders " + finders + " need a model");
        }
        patterns = new AttributionPatterns(cues, kinds);
        learned = model == null ? null : new ModelAttributions(model, features, Set.copyOf(cues.group("BELIEF_VERBS")));
        this.finders = finders;
    }


    @Override
    public List<Attribution> extract(TextUnit unit) {
        SourceMemory memory = new SourceMemory();
        List<Attribution> out = new ArrayList<>();
        for (Sentence sentence : unit.sentences()) {
            TaggedSentence s = TaggedSentence.of(unit.text(), sentence);
            boolean anonymous = !anonymity.find(unit.text(), sentence).isEmpty();
            List<AttributionDraft> byPatterns = finders == Finders.MODEL ? List.of() : patterns.find(s, unit.text());
            List<AttributionDraft> byModel = finders == Finders.PATTERNS || !features.mayAttribute(s.words()) ? List.of() : learned.find(s);
            List<AttributionDraft> drafts = new ArrayList<>(finders == Finders.MODEL_THEN_PATTERNS ? byModel : byPatterns);
            for (AttributionDraft d : finders == Finders.MODEL_THEN_PATTERNS ? byPatterns : byModel) {
                int same = -1;
                for (int k = 0; k < drafts.size() && same < 0; k++) {
                    same = drafts.get(k).cue().overlaps(d.cue()) ? k : -1;
                }
                if (same < 0) {
                    drafts.add(d);
                } else if (gap(s, d) < gap(s, drafts.get(same))) {
                    drafts.set(same, d);   // both found the cue: the source nearer to it is the one that goes with it
                }
            }
            drafts.sort((a, b) -> a.cue().compareTo(b.cue()));
            for (AttributionDraft d : drafts) {
                Attribution a = build(s, d.source(), d.role(), d.cue(), d.content(), anonymous, memory, d.type());
                if (a != null) {
                    out.add(a);
                }
            }
            if (drafts.isEmpty()) {
                rememberSubject(s, memory);
            }
        }
        out.sort((a, b) -> a.cue().compareTo(b.cue()));
        return out;
    }

    /** Characters between a draft's source and its cue. */
    private static int gap(TaggedSentence s, AttributionDraft d) {
        Span source = s.span(d.source().first(), d.source().last());
        return source.end() <= d.cue().start() ? d.cue().start() - source.end() : Math.max(0, source.start() - d.cue().end());
    }

    /**
     * "Mayor Lena Holt spoke at the harbour. She said ...": a sentence that attributes nothing but opens with a
     * named subject makes that subject the one a pronoun or a role with "the" in the next sentences stands for.
     * Read from capitals and the role lexicon, since such a sentence is seldom tagged.
     */
    private void rememberSubject(TaggedSentence s, SourceMemory memory) {
        int i = s.word(0, "the") ? 1 : 0;
        int last = -1;
        boolean named = false;
        for (; i < s.size(); i++) {
            String raw = s.textOf(i, i);
            String w = s.words()[i];
            if (Character.isUpperCase(raw.charAt(0)) && raw.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                named |= i > 0 || kinds.classify(new String[] {w}).isPresent();
                last = i;
            } else if (i > 0 && (kinds.isRole(w) || w.equals("'s") || kinds.classify(new String[] {w}).isPresent())) {
                last = i;
            } else {
                break;
            }
        }
        if (named && last >= 0) {
            String[] words = wordsOf(s, new Phrase(0, last));
            List<String> names = new ArrayList<>();
            for (int k = 0; k <= last; k++) {
                if (Character.isUpperCase(s.textOf(k, k).charAt(0))) {
                    names.add(s.words()[k]);
                }
            }
            memory.remember(s.span(0, last).in(s.text()), kinds.classify(words).orElse(SourceKind.OTHER), names);
        }
    }

    private Attribution build(TaggedSentence s, Phrase source, Phrase role, Span cue, Span content, boolean anonymous,
                              SourceMemory memory, AttributionType type) {
        source = withoutEdgePunctuation(s, source);
        if (source == null) {
            return null;
        }
        String first = s.words()[source.first()];
        String head = s.words()[source.last()];
        Span sourceSpan = s.span(source.first(), source.last());
        boolean hasName = NounPhrases.hasName(s, source);
        String name = nameBeforeApposition(s, source).in(s.text());
        boolean pronoun = source.first() == source.last() && s.is(source.first(), "PRON") || AttributionPatterns.PRONOUNS.contains(first);
        String[] words = wordsOf(s, source);
        if (SPEAKERS_IN_QUOTES.contains(first) && source.first() == source.last()) {
            return null;   // "I think", "you say", "we're blaming": the quoted speaker's own words, not a source
        }
        if (pronoun) {
            return memory.last() == null ? null
                    : new Attribution(sourceSpan, memory.last().name(), cue, content, memory.last().kind(), true, type);
        }
        if ("the".equals(first) && !hasName && kinds.isRole(head) && !INSTITUTIONS.contains(head)) {
            // "the activist" is the activist named before; "the top defence official" with no official named is unnamed
            Optional<SourceKind> roleKind = kinds.classify(words);
            Optional<SourceMemory.Named> earlier = memory.lastOfKind(roleKind);
            if (earlier.isPresent()) {
                return new Attribution(sourceSpan, earlier.get().name(), cue, content, earlier.get().kind(), true, type);
            }
            return new Attribution(sourceSpan, name, cue, content, anonymous ? SourceKind.ANONYMOUS : SourceKind.UNNAMED,
                    false, type);
        }
        SourceKind kind;
        boolean nameAfterRole = false;
        for (int i = source.first(); i < source.last(); i++) {
            if (kinds.isRole(s.words()[i]) && s.is(i + 1, "PROPN")) {
                nameAfterRole = true;
            }
        }
        boolean unnamed = kinds.isRole(head) && !nameAfterRole
                && (INDEFINITE.contains(first) || !s.is(source.first(), "DET") && !hasName && head.endsWith("s"));
        Optional<SourceKind> named = kinds.classify(words);
        if (anonymous || named.filter(k -> k == SourceKind.ANONYMOUS).isPresent()) {
            kind = SourceKind.ANONYMOUS;
        } else if (unnamed) {
            kind = SourceKind.UNNAMED;
        } else {
            Optional<SourceKind> byRole = role == null ? Optional.empty() : kinds.classify(wordsOf(s, role));
            kind = byRole.or(() -> named).or(() -> memory.kindOf(words)).orElse(SourceKind.OTHER);
        }
        if (hasName && kind != SourceKind.ANONYMOUS && kind != SourceKind.UNNAMED) {
            List<String> names = new ArrayList<>();
            for (int i = source.first(); i <= source.last(); i++) {
                if (s.is(i, "PROPN")) {
                    names.add(s.words()[i]);
                }
            }
            memory.remember(name, kind, names);
        }
        return new Attribution(sourceSpan, name, cue, content, kind, false, type);
    }

    /** The learned model's spans may start or end on a comma or a quote mark ("Lena Orvik, an activist,"). */
    private static Phrase withoutEdgePunctuation(TaggedSentence s, Phrase p) {
        int first = p.first();
        int last = p.last();
        while (first <= last && isPunctuation(s.textOf(first, first))) {
            first++;
        }
        while (last >= first && isPunctuation(s.textOf(last, last))) {
            last--;
        }
        return first > last ? null : new Phrase(first, last);
    }

    private static boolean isPunctuation(String token) {
        return token.chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * "Lena Orvik, an opposition activist in eastern Tesmar": the name is the part before the apposition, which
     * explanations quote; the whole phrase still decides the kind of source.
     */
    private static Span nameBeforeApposition(TaggedSentence s, Phrase p) {
        for (int i = p.first() + 1; i < p.last(); i++) {
            // "Smith, Jones and Brown" lists names; an apposition goes on in lower case ("an activist", "45")
            if (",".equals(s.textOf(i, i)) && !s.is(i + 1, "PROPN") && NounPhrases.hasName(s, new Phrase(p.first(), i - 1))) {
                return s.span(p.first(), i - 1);
            }
        }
        return s.span(p.first(), p.last());
    }

    private static String[] wordsOf(TaggedSentence s, Phrase p) {
        String[] out = new String[p.last() - p.first() + 1];
        System.arraycopy(s.words(), p.first(), out, 0, out.length);
        return out;
    }
}

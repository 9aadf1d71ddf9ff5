package org.credence.engine.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * a sentence can hold an attribution at all, the learned {@link AttributionModel} (decision 0026). The patterns go
 * first; the model adds the attributions whose cue the patterns did not find. Either way the source's kind comes
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
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "his", "her", "their", "its");
    private static final Set<String> CONTAINERS = Set.of("reports", "report", "data", "figures", "estimates",
            "analysis", "statement", "statements", "account", "words", "figure", "estimate", "sources", "findings", "reviews", "stories", "accounts", "studies",
            "study", "research", "survey", "results", "numbers", "poll", "polls", "documents", "records", "count");
    /** Participles between a container and its source: "results compiled by Polidata". */
    private static final Set<String> THROUGH = Set.of("compiled", "published", "released", "gathered", "collected",
            "issued", "produced", "conducted", "prepared");
    /** Bodies that "the" names well enough: "the state news agency" is a source, "the official" is not named. */
    private static final Set<String> INSTITUTIONS = Set.of("agency", "government", "authorities", "monitor", "group",
            "newspaper", "ministry", "army", "military", "police", "broadcaster", "court", "council");
    private static final Set<String> SKIP_AFTER_VERB = Set.of("that", ":", ",");

    private final Set<String> speechVerbs;
    private final Set<String> beliefVerbs;
    private final Set<String> notSources;
    private final PhraseMatcher<Boolean> prepositions = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> anonymity = new PhraseMatcher<>();
    private final SourceKindClassifier kinds;
    private final AttributionFeatures features;
    private final AttributionModel model;
    private final Finders finders;

    /** The patterns alone, with no learned model. */
    public AttributionExtractor(Lexicons lexicons) {
        this(lexicons, null, Finders.PATTERNS);
    }

    /** The patterns and the learned model together, as the engine runs them. */
    public AttributionExtractor(Lexicons lexicons, AttributionModel model) {
        this(lexicons, model, Finders.PATTERNS_THEN_MODEL);
    }

    /**
     * @param model   the learned model; may be null only with {@link Finders#PATTERNS}
     * @param finders which finders to run, for measuring each on its own
     */
    public AttributionExtractor(Lexicons lexicons, AttributionModel model, Finders finders) {
        Lexicon cues = lexicons.get(CUES);
        speechVerbs = Set.copyOf(cues.group("SPEECH_VERBS"));
        beliefVerbs = Set.copyOf(cues.group("BELIEF_VERBS"));
        notSources = Set.copyOf(cues.group("NOT_SOURCES"));
        cues.group("PREPOSITIONS").forEach(p -> prepositions.add(p, true));
        cues.group("ANONYMITY").forEach(p -> anonymity.add(p, true));
        kinds = new SourceKindClassifier(lexicons.get(SourceKindClassifier.LEXICON));
        features = new AttributionFeatures(lexicons);
        if (model == null && finders != Finders.PATTERNS) {
            throw new IllegalArgumentException("finders " + finders + " need a model");
        }
        this.model = model;
        this.finders = finders;
    }

    /**
     * What a finder proposes, before the source's kind is decided.
     *
     * @param source  the source's tokens
     * @param role    an appositive giving the source's role, or null
     * @param cue     where the cue stands
     * @param content what is attributed
     * @param type    statement or belief
     */
    private record Draft(Phrase source, Phrase role, Span cue, Span content, AttributionType type) {
    }

    @Override
    public List<Attribution> extract(TextUnit unit) {
        Memory memory = new Memory();
        List<Attribution> out = new ArrayList<>();
        for (Sentence sentence : unit.sentences()) {
            TaggedSentence s = TaggedSentence.of(unit.text(), sentence);
            boolean anonymous = !anonymity.find(unit.text(), sentence).isEmpty();
            List<Draft> byPatterns = finders == Finders.MODEL ? List.of() : byPatterns(s, unit);
            List<Draft> byModel = finders == Finders.PATTERNS || !features.mayAttribute(s.words()) ? List.of() : byModel(s);
            List<Draft> drafts = new ArrayList<>(finders == Finders.MODEL_THEN_PATTERNS ? byModel : byPatterns);
            for (Draft d : finders == Finders.MODEL_THEN_PATTERNS ? byPatterns : byModel) {
                if (drafts.stream().noneMatch(p -> p.cue().overlaps(d.cue()))) {
                    drafts.add(d);
                }
            }
            drafts.sort((a, b) -> a.cue().compareTo(b.cue()));
            for (Draft d : drafts) {
                Attribution a = build(s, d.source(), d.role(), d.cue(), d.content(), anonymous, memory, d.type());
                if (a != null) {
                    out.add(a);
                }
            }
        }
        out.sort((a, b) -> a.cue().compareTo(b.cue()));
        return out;
    }

    private List<Draft> byPatterns(TaggedSentence s, TextUnit unit) {
        List<Draft> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (PhraseMatcher.Match<Boolean> m : prepositions.find(unit.text(), s.sentence())) {
            prepositional(s, m, used).ifPresent(out::add);
        }
        for (int i = 0; i < s.size(); i++) {
            if (!used.contains(i) && isCueVerb(s, i)) {
                verbal(s, i).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The model's sources and cues, paired: each cue with the nearest source before it in its clause, else the
     * nearest after it ("..., said the minister").
     */
    private List<Draft> byModel(TaggedSentence s) {
        String[] tokens = new String[s.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = s.textOf(i, i);
        }
        List<AttributionModel.Found> found = model.find(tokens, features.context(s.words(), s.tags()));
        List<Draft> out = new ArrayList<>();
        for (AttributionModel.Found cue : found) {
            if (cue.part() != AttributionModel.Part.CUE) {
                continue;
            }
            AttributionModel.Found source = null;
            int distance = Integer.MAX_VALUE;
            for (AttributionModel.Found f : found) {
                if (f.part() != AttributionModel.Part.SOURCE) {
                    continue;
                }
                int d = f.last() < cue.first() ? cue.first() - f.last() : f.first() > cue.last() ? f.first() - cue.last() + 1 : 0;
                if (d > 0 && d < distance) {
                    source = f;
                    distance = d;
                }
            }
            if (source == null) {
                continue;
            }
            Span cueSpan = s.span(cue.first(), cue.last());
            Span sentence = s.sentence().span();
            boolean sourceFirst = source.last() < cue.first();
            int after = Math.max(cue.last(), sourceFirst ? cue.last() : source.last()) + 1;
            Span content = after < s.size()
                    ? trim(s.text(), new Span(s.span(after, after).start(), sentence.end())) : Span.EMPTY;
            if (content.isEmpty()) {
                int before = Math.min(source.first(), cue.first());
                content = before > 0 ? trim(s.text(), new Span(sentence.start(), s.span(before, before).start())) : Span.EMPTY;
            }
            out.add(new Draft(new Phrase(source.first(), source.last()), null, cueSpan, content, typeOf(s, cue.first(), cue.last())));
        }
        return out;
    }

    /** A cue with a belief verb in it ("wants", "is expected to") reports a belief; any other, a statement. */
    private AttributionType typeOf(TaggedSentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (beliefVerbs.contains(s.words()[i])) {
                return AttributionType.BELIEF;
            }
        }
        return AttributionType.STATEMENT;
    }

    /**
     * A speech verb the patterns read. Belief verbs are left to the model: "I think" and "you know" in quotations
     * are seldom attributions, and the patterns cannot tell.
     */
    private boolean isCueVerb(TaggedSentence s, int i) {
        return speechVerbs.contains(s.words()[i]) && (s.is(i, "VERB") || s.is(i, "AUX"))
                && !s.is(i - 1, "DET") && !s.word(i - 1, "all") && !afterFigure(s, i);
    }

    /** "21,000-plus confirmed cases", "300 reported deaths": a participle describing a count, not a speaker's verb. */
    private static boolean afterFigure(TaggedSentence s, int i) {
        int k = i - 1;
        while (s.word(k, "plus") || s.word(k, "-")) {
            k--;
        }
        return k >= 0 && (s.is(k, "NUM") || s.words()[k].chars().anyMatch(Character::isDigit));
    }

    /** "according to X, ...", "... as per X", "according to reports from X", "as per his analysis". */
    private Optional<Draft> prepositional(TaggedSentence s, PhraseMatcher.Match<Boolean> m, Set<Integer> used) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            if (PRONOUNS.contains(s.words()[k])) {   // "by her count", "in his view": the pronoun is the source
                used.add(k);
                Span sentenceSpan = s.sentence().span();
                Span rest = new Span(m.span().end(), sentenceSpan.end());
                return Optional.of(new Draft(new Phrase(k, k), null, m.span(), trim(s.text(), rest),
                        AttributionType.STATEMENT));
            }
        }
        int objectStart = m.lastToken() + 1;
        Phrase object = NounPhrases.startingAt(s, objectStart);
        if (object == null) {
            return Optional.empty();
        }
        String head = s.words()[object.last()];
        if (notSources.contains(head) || notSources.contains(s.textOf(object.first(), object.last()).toLowerCase())) {
            return Optional.empty();
        }
        if (m.phrase().equals("based on") && !CONTAINERS.contains(head)) {
            return Optional.empty();   // "based on eligible voters" is a basis, not a source; "based on reports from X" is
        }
        Phrase source = object;
        int after = object.last() + 1;
        if (CONTAINERS.contains(head) && THROUGH.contains(s.words().length > after ? s.words()[after] : "")) {
            after++;
        }
        if (CONTAINERS.contains(head) && (s.word(after, "from") || s.word(after, "by") || s.word(after, "of"))) {
            Phrase inner = NounPhrases.startingAt(s, after + 1);
            if (inner != null) {
                source = inner;
            }
        }
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            used.add(k);
        }
        Span cue = m.span();
        Span sentence = s.sentence().span();
        Span content = m.firstToken() <= 1
                ? new Span(s.span(source.last(), source.last()).end(), sentence.end())
                : new Span(sentence.start(), cue.start());
        return Optional.of(new Draft(source, null, cue, trim(s.text(), content), AttributionType.STATEMENT));
    }

    /** "X said ...", "..., said X", "X, a role, said", "\"...,\" X said". */
    private Optional<Draft> verbal(TaggedSentence s, int verb) {
        int b = verb - 1;
        while (b >= 0 && s.is(b, "ADV") && verb - b <= 2) {
            b--;
        }
        Phrase source = null;
        Phrase role = null;
        boolean sourceFirst = true;
        if (b >= 0 && s.isComma(b)) {
            Phrase[] apposed = appositiveBefore(s, b);
            if (apposed != null) {
                source = apposed[0];
                role = apposed[1];
            }
        } else if (b >= 0 && !s.isQuote(b)) {
            source = NounPhrases.endingAt(s, b);
            if (source == null || s.is(source.first() - 1, "ADP") || s.is(source.first() - 1, "VERB")) {
                source = modifiedRole(s, source == null ? b : source.first() - 1, b, source);
            }
            if (source != null && (s.word(source.first(), "a") || s.word(source.first(), "an"))
                    && s.isComma(source.first() - 1)) {
                Phrase name = NounPhrases.endingAt(s, source.first() - 2);
                // "Danny Roe, a regional analyst told AP"; but in "hospitals in Osk, a ministry source said" the
                // place is no speaker
                if (name != null && NounPhrases.hasName(s, name) && !s.is(name.first() - 1, "ADP")) {
                    role = source;
                    source = name;
                }
            }
        }
        if (source == null && (b < 0 || s.isComma(b) || s.isQuote(b))) {
            source = NounPhrases.startingAt(s, verb + 1);   // inversion: "..., said the ministry"
            sourceFirst = false;
            if (source != null && s.isComma(source.last() + 1)) {
                Phrase apposed = NounPhrases.startingAt(s, source.last() + 2);
                if (apposed != null && !NounPhrases.hasName(s, apposed)) {
                    role = apposed;
                }
            }
        }
        if (source == null) {
            return Optional.empty();
        }
        Span sentence = s.sentence().span();
        Span cue = s.span(verb, verb);
        Span content;
        int before = sourceFirst ? (role != null && role.first() < source.first() ? role.first() : source.first()) : verb;
        boolean nothingAfter = verb + 1 >= s.size() || s.is(verb + 1, "PUNCT") && !s.isQuote(verb + 1)
                && (verb + 2 >= s.size() || s.is(verb + 2, "VERB"));
        boolean contentFirst = before > 0 && (!sourceFirst || s.isQuote(before - 1) || nothingAfter);
        Span after = Span.EMPTY;
        if (!contentFirst) {
            int from = (sourceFirst ? verb : Math.max(verb, source.last())) + 1;
            if (s.words()[verb].startsWith("told") || s.words()[verb].startsWith("tell")) {
                Phrase listener = NounPhrases.startingAt(s, from);
                from = listener == null ? from : listener.last() + 1;
            }
            while (from < s.size() && SKIP_AFTER_VERB.contains(s.words()[from])) {
                from++;
            }
            after = from < s.size() ? trim(s.text(), new Span(s.span(from, from).start(), sentence.end())) : Span.EMPTY;
        }
        if (after.isEmpty() && before > 0) {
            // "..., a ministry source told the agency.": what was said comes before the speaker
            content = new Span(sentence.start(), s.span(before - 1, before - 1).start());
        } else {
            content = after;
        }
        return Optional.of(new Draft(source, role, cue, trim(s.text(), content), AttributionType.STATEMENT));
    }

    /**
     * "A source close to the talks said", "a publication based in the capital reported", "officials who asked not
     * to be named said": the role noun that opens the clause, with its modifier when the modifier has no verb.
     */
    private Phrase modifiedRole(TaggedSentence s, int from, int end, Phrase fallback) {
        int clauseStart = from;
        while (clauseStart > 0 && !s.isComma(clauseStart - 1) && !s.isQuote(clauseStart - 1)) {
            clauseStart--;
        }
        for (int k = clauseStart; k <= from; k++) {
            if (s.is(k, "NOUN") && kinds.isRole(s.words()[k])) {
                Phrase role = NounPhrases.endingAt(s, k);
                if (role == null || role.first() != clauseStart) {
                    return fallback;
                }
                boolean verbInModifier = false;
                for (int j = k + 1; j <= end; j++) {
                    verbInModifier |= s.is(j, "VERB") || s.is(j, "AUX") || s.is(j, "PRON");
                }
                return verbInModifier ? role : new Phrase(role.first(), end);
            }
        }
        return fallback;
    }

    /** "Name, a role in Place, said": tokens between the comma before the verb and the comma before it. */
    private static Phrase[] appositiveBefore(TaggedSentence s, int comma) {
        int p = comma - 1;
        while (p >= 0 && !s.isComma(p)) {
            if (s.is(p, "VERB") || s.is(p, "AUX") || s.isQuote(p)) {
                return null;
            }
            p--;
        }
        if (p < 1 || comma - p < 2) {
            return null;
        }
        Phrase role = NounPhrases.startingAt(s, p + 1);
        Phrase name = NounPhrases.endingAt(s, p - 1);
        if (role == null || name == null || !NounPhrases.hasName(s, name) || s.is(name.first() - 1, "ADP")) {
            return null;
        }
        return new Phrase[] {name, new Phrase(p + 1, comma - 1)};
    }

    private Attribution build(TaggedSentence s, Phrase source, Phrase role, Span cue, Span content, boolean anonymous,
                              Memory memory, AttributionType type) {
        String first = s.words()[source.first()];
        String head = s.words()[source.last()];
        Span sourceSpan = s.span(source.first(), source.last());
        String name = sourceSpan.in(s.text());
        boolean hasName = NounPhrases.hasName(s, source);
        boolean pronoun = source.first() == source.last() && s.is(source.first(), "PRON") || PRONOUNS.contains(first);
        String[] words = wordsOf(s, source);
        if (pronoun) {
            return memory.last == null ? null
                    : new Attribution(sourceSpan, memory.last.name(), cue, content, memory.last.kind(), true, type);
        }
        if ("the".equals(first) && !hasName && kinds.isRole(head) && !INSTITUTIONS.contains(head)) {
            // "the activist" is the activist named before; "the top defence official" with no official named is unnamed
            Optional<SourceKind> roleKind = kinds.classify(words);
            Optional<Memory.Named> earlier = memory.lastOfKind(roleKind);
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

    private static String[] wordsOf(TaggedSentence s, Phrase p) {
        String[] out = new String[p.last() - p.first() + 1];
        System.arraycopy(s.words(), p.first(), out, 0, out.length);
        return out;
    }

    private static Span trim(String text, Span span) {
        int a = span.start();
        int b = span.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || ",\"“”'—-:".indexOf(text.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",\"“”'—-:.".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return new Span(a, b);
    }

    /** The sources named so far in one article, for pronouns and for names used again without their role. */
    private static final class Memory {
        private record Named(String name, SourceKind kind) {
        }

        private Named last;
        private final List<Named> all = new ArrayList<>();
        private final Map<String, Named> byWord = new HashMap<>();

        /** The last source named of that kind; with no kind known, the last source named. */
        Optional<Named> lastOfKind(Optional<SourceKind> kind) {
            if (kind.isEmpty()) {
                return Optional.ofNullable(last);
            }
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).kind() == kind.get()) {
                    return Optional.of(all.get(i));
                }
            }
            return Optional.empty();
        }

        void remember(String name, SourceKind kind, List<String> words) {
            last = new Named(name, kind);
            all.add(last);
            for (String w : words) {
                if (w.length() > 2 && Character.isLetter(w.charAt(0))) {
                    byWord.putIfAbsent(w, last);
                }
            }
        }

        Optional<SourceKind> kindOf(String[] words) {
            for (String w : words) {
                Named n = byWord.get(w);
                if (n != null && n.kind() != SourceKind.OTHER) {
                    return Optional.of(n.kind());
                }
            }
            return Optional.empty();
        }
    }
}

package org.credence.engine.analysis.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credence.api.AttributionType;
import org.credence.api.Span;
import org.credence.engine.analysis.attribution.NounPhrases.Phrase;
import org.credence.engine.analysis.text.PhraseMatcher;
import org.credence.engine.lexicon.Lexicon;

/**
 * The hand-written half of attribution (decision 0007): speech verbs and prepositions from the
 * {@code attribution-cues} lexicon, read over the sentence's tags. "X said ...", "..., said X", "X, a role, said",
 * "according to reports from X", "as per his analysis".
 */
final class AttributionPatterns {

    /** Pronouns and possessives that stand for a source named before. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "his", "her", "their", "its");
    private static final Set<String> CONTAINERS = Set.of("reports", "report", "data", "figures", "estimates",
            "analysis", "statement", "statements", "account", "words", "figure", "estimate", "sources", "findings", "reviews", "stories", "accounts", "studies",
            "study", "research", "survey", "results", "numbers", "poll", "polls", "documents", "records", "count");
    /** Participles between a container and its source: "results compiled by Polidata". */
    private static final Set<String> THROUGH = Set.of("compiled", "published", "released", "gathered", "collected",
            "issued", "produced", "conducted", "prepared");
    private static final Set<String> SKIP_AFTER_VERB = Set.of("that", ":", ",");

    private final Set<String> speechVerbs;
    private final Set<String> notSources;
    private final PhraseMatcher<Boolean> prepositions = new PhraseMatcher<>();
    private final SourceKindClassifier kinds;

    AttributionPatterns(Lexicon cues, SourceKindClassifier kinds) {
        speechVerbs = Set.copyOf(cues.group("SPEECH_VERBS"));
        notSources = Set.copyOf(cues.group("NOT_SOURCES"));
        cues.group("PREPOSITIONS").forEach(p -> prepositions.add(p, true));
        this.kinds = kinds;
    }

    /** The attributions the patterns find in one sentence of {@code text}. */
    List<AttributionDraft> find(TaggedSentence s, String text) {
        List<AttributionDraft> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (PhraseMatcher.Match<Boolean> m : prepositions.find(text, s.sentence())) {
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
    private Optional<AttributionDraft> prepositional(TaggedSentence s, PhraseMatcher.Match<Boolean> m, Set<Integer> used) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            if (PRONOUNS.contains(s.words()[k])) {   // "by her count", "in his view": the pronoun is the source
                used.add(k);
                Span sentenceSpan = s.sentence().span();
                Span rest = new Span(m.span().end(), sentenceSpan.end());
                return Optional.of(new AttributionDraft(new Phrase(k, k), null, m.span(), AttributionDraft.trim(s.text(), rest),
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
        return Optional.of(new AttributionDraft(source, null, cue, AttributionDraft.trim(s.text(), content), AttributionType.STATEMENT));
    }

    /** "X said ...", "..., said X", "X, a role, said", "\"...,\" X said". */
    private Optional<AttributionDraft> verbal(TaggedSentence s, int verb) {
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
            after = from < s.size() ? AttributionDraft.trim(s.text(), new Span(s.span(from, from).start(), sentence.end())) : Span.EMPTY;
        }
        if (after.isEmpty() && before > 0) {
            // "..., a ministry source told the agency.": what was said comes before the speaker
            content = new Span(sentence.start(), s.span(before - 1, before - 1).start());
        } else {
            content = after;
        }
        return Optional.of(new AttributionDraft(source, role, cue, AttributionDraft.trim(s.text(), content), AttributionType.STATEMENT));
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
}

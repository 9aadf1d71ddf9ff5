package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Quantity;
import org.credence.api.SameProposition;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.engine.corpus.story.StoryWords;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.Lexicons;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Decides whether two statements are about the same thing ({@link org.credence.api.CorpusView#sameProposition}),
 * from their words alone: they are when they give figures of the same subject ({@code subjects} lexicon: "fighters"
 * and "recruits"), both or neither about the dead, or when they assert the same kind of event (a word of one event
 * group of the {@value #LEXICON} lexicon: "recruiting" and "enlisted") or two other content words in common. One
 * shared word that names no event ("valley") is the setting, not the proposition. Names they share are reported but never suffice: two sentences
 * about Syria need not be about the same thing. Words of reporting, denying and evidence ("claimed", "no record")
 * say who says what, not what; a word near a supposing word ("could recruit", "the possible recruitment",
 * "recruitment will play a role") is supposed, not asserted, and is not shared. Whether the two are on one story is
 * the corpus's check, before this one. Stateless and thread-safe.
 */
public final class PropositionJudge {

    /** The lexicon's name. */
    public static final String LEXICON = "propositions";
    private static final String SUPPOSING = "SUPPOSING";
    private static final String NOT_PROPOSITION = "NOT_PROPOSITION";
    /** A term this many words after a supposing word, or one before it, is supposed. */
    private static final int SUPPOSED_AFTER = 4;

    private final Subjects subjects;
    private final StoryWords words;
    private final Set<String> supposing;
    private final Set<String> notProposition;
    /** Stem to the group name of its kind of event. */
    private final Map<String, String> eventOf = new HashMap<>();
    /** The names of the event groups. */
    private final Set<String> events;

    PropositionJudge(Subjects subjects, StoryWords words, Lexicon lexicon) {
        this.subjects = subjects;
        this.words = words;
        this.supposing = Set.copyOf(lexicon.group(SUPPOSING));
        EnglishStemmer stemmer = new EnglishStemmer();
        Set<String> ignored = new LinkedHashSet<>();
        for (String w : lexicon.group(NOT_PROPOSITION)) {
            ignored.add(StoryWords.stem(stemmer, w));
        }
        this.notProposition = Set.copyOf(ignored);
        for (Map.Entry<String, List<String>> g : lexicon.groups().entrySet()) {
            if (!g.getKey().equals(SUPPOSING) && !g.getKey().equals(NOT_PROPOSITION)) {
                g.getValue().forEach(w -> eventOf.put(StoryWords.stem(stemmer, w), g.getKey()));
            }
        }
        this.events = Set.copyOf(eventOf.values());
    }

    /** @return a judge with the given lexicons' word lists */
    public static PropositionJudge of(Lexicons lexicons) {
        return new PropositionJudge(new Subjects(lexicons.get(Subjects.LEXICON)),
                new StoryWords(lexicons.get(StoryWords.LEXICON)), lexicons.get(LEXICON));
    }

    /** What one statement says: asserted terms (key to the word as written), names, figure subjects. */
    record Statement(Map<String, String> terms, Map<String, String> names, Set<String> figureSubjects,
                             boolean casualty) {
    }

    /** @return what the two statements share when they are about the same thing */
    public Optional<SameProposition> judge(AnalyzedArticle a, Span statementA, AnalyzedArticle b, Span statementB) {
        return compare(statement(a, statementA), statement(b, statementB));
    }

    /** @return what two statements already read share when they are about the same thing */
    Optional<SameProposition> compare(Statement x, Statement y) {
        List<String> terms = new ArrayList<>();
        x.terms().forEach((key, written) -> {
            String other = y.terms().get(key);
            if (other != null) {
                terms.add(other.equals(written) ? written : written + "/" + other);
            }
        });
        String figureSubject = "";
        if (x.casualty() == y.casualty()) {
            for (String s : x.figureSubjects()) {
                if (y.figureSubjects().contains(s)) {
                    figureSubject = s.substring(s.indexOf('/') + 1);
                    break;
                }
            }
        }
        int weight = 0;
        for (String key : x.terms().keySet()) {
            if (y.terms().containsKey(key)) {
                weight += events.contains(key) ? 2 : 1;
            }
        }
        if (weight < 2 && figureSubject.isEmpty()) {
            return Optional.empty();   // one shared word ("valley") is a setting, not a proposition
        }
        List<String> names = new ArrayList<>();
        x.names().forEach((key, written) -> {
            if (y.names().containsKey(key)) {
                names.add(written);
            }
        });
        return Optional.of(new SameProposition(terms, names, figureSubject));
    }

    /** What one statement says; costs a pass over its article's figures and sentences. */
    Statement statement(AnalyzedArticle article, Span span) {
        String text = article.text();
        Map<String, String> terms = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> figureSubjects = new LinkedHashSet<>();
        boolean casualty = false;
        List<Span> figureWords = new ArrayList<>();   // what a figure counts is its subject, not a shared term
        for (Quantity q : article.quantities()) {
            if (span.contains(q.span())) {
                figureWords.add(q.span());
                figureWords.add(q.nounSpan());
            }
        }
        for (Sentence sentence : article.sentences()) {
            if (!sentence.span().overlaps(span)) {
                continue;
            }
            List<String> lower = new ArrayList<>();
            List<Token> inside = new ArrayList<>();
            int wordsBefore = 0;
            for (Token t : sentence.tokens()) {
                if (!t.span().fitsIn(text.length())) {
                    continue;
                }
                String raw = t.span().in(text);
                if (raw.isEmpty() || !Character.isLetter(raw.charAt(0))) {
                    continue;
                }
                boolean opens = wordsBefore++ == 0;   // a capital that opens the sentence says nothing
                if (!span.contains(t.span())) {
                    continue;
                }
                if (raw.endsWith("'s") || raw.endsWith("\u2019s")) {
                    raw = raw.substring(0, raw.length() - 2);
                }
                String w = raw.toLowerCase(Locale.ROOT);
                casualty |= subjects.isCasualtyWord(w);
                StoryWords.Word word = words.word(w);
                inside.add(t);
                if (opens && Character.isUpperCase(raw.charAt(0)) && !eventOf.containsKey(word.stem())) {
                    lower.add("");   // "Tarsa and ...", "Police arrested ...": name or not, it cannot be told
                } else if (Character.isUpperCase(raw.charAt(0)) && !opens && !word.notName() && w.length() > 1) {
                    names.putIfAbsent(word.stem(), raw);
                    lower.add("");
                } else {
                    lower.add(w);
                }
            }
            for (int i = 0; i < lower.size(); i++) {
                String w = lower.get(i);
                Span at = inside.get(i).span();
                if (w.length() < 3 || !isWord(w) || supposed(lower, i)
                        || figureWords.stream().anyMatch(f -> !f.isEmpty() && f.contains(at))) {
                    continue;
                }
                StoryWords.Word word = words.word(w);
                if (word.stop() || word.generic() || notProposition.contains(word.stem())) {
                    continue;
                }
                String key = eventOf.getOrDefault(word.stem(), word.stem());
                terms.putIfAbsent(key, inside.get(i).span().in(text).toLowerCase(Locale.ROOT));
            }
        }
        for (Quantity q : article.quantities()) {
            String subject = subjects.of(q.noun());
            if (span.contains(q.span()) && !subject.isEmpty()) {
                figureSubjects.add(q.kind() + "/" + subject);   // "$200 a month" is no count of months
            }
        }
        return new Statement(terms, names, figureSubjects, casualty);
    }

    private boolean supposed(List<String> lower, int i) {
        if (i + 1 < lower.size() && supposing.contains(lower.get(i + 1))) {
            return true;
        }
        for (int j = Math.max(0, i - SUPPOSED_AFTER); j < i; j++) {
            if (supposing.contains(lower.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}

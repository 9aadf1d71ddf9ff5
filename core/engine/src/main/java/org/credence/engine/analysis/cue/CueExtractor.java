package org.credence.engine.analysis.cue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credence.api.Cue;
import org.credence.api.CueType;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.engine.analysis.Extractor;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.analysis.text.PhraseMatcher;
import org.credence.engine.lexicon.Lexicon;
import org.credence.engine.lexicon.LexiconException;
import org.credence.engine.lexicon.Lexicons;

/**
 * Finds hedges ("reportedly"), weasel phrases ("multiple media reports"), denials ("denied"), statements that
 * evidence is missing ("there was no official record") and that a claim was not verified ("could not be
 * independently verified"), from the {@code cues} lexicon a trainer can edit.
 *
 * <p>Phrases in the lexicon's EXCEPTIONS group look like cues but are not ("denied entry"); being longer, they win
 * the match and yield nothing.
 */
public final class CueExtractor implements Extractor<Cue> {

    static final String LEXICON = "cues";
    private static final String EXCEPTIONS = "EXCEPTIONS";

    private final PhraseMatcher<Optional<CueType>> matcher = new PhraseMatcher<>();

    public CueExtractor(Lexicons lexicons) {
        Lexicon lexicon = lexicons.get(LEXICON);
        for (Map.Entry<String, List<String>> group : lexicon.groups().entrySet()) {
            Optional<CueType> type = group.getKey().equals(EXCEPTIONS) ? Optional.empty() : Optional.of(typeOf(lexicon, group.getKey()));
            group.getValue().forEach(phrase -> matcher.add(phrase, type));
        }
    }

    private static CueType typeOf(Lexicon lexicon, String group) {
        try {
            return CueType.valueOf(group);
        } catch (IllegalArgumentException e) {
            throw new LexiconException(lexicon.origin() + ": group \"" + group + "\" is not one of "
                    + Arrays.toString(CueType.values()) + " or " + EXCEPTIONS, e);
        }
    }

    /** "May" capitalised inside a sentence, or before a figure ("May 5"), is the month, not the modal verb. */
    static boolean isMonth(String text, Sentence sentence, Span span, CueType type) {
        if (type != CueType.SPECULATION || span.length() != 3 || !span.in(text).equals("May")) {
            return false;
        }
        int after = span.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean figureFollows = after < text.length() && Character.isDigit(text.charAt(after));
        boolean opensSentence = text.substring(sentence.span().start(), span.start()).chars()
                .allMatch(c -> !Character.isLetterOrDigit(c));
        return figureFollows || !opensSentence;
    }

    @Override
    public List<Cue> extract(TextUnit unit) {
        List<Cue> out = new ArrayList<>();
        for (Sentence sentence : unit.sentences()) {
            for (PhraseMatcher.Match<Optional<CueType>> m : matcher.find(unit.text(), sentence)) {
                m.label().filter(type -> !isMonth(unit.text(), sentence, m.span(), type))
                        .ifPresent(type -> out.add(new Cue(m.span(), type, m.span().in(unit.text()))));
            }
        }
        return out;
    }
}

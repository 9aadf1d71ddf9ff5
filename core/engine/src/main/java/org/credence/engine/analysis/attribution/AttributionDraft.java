package org.credence.engine.analysis.attribution;

import org.credence.api.AttributionType;
import org.credence.api.Span;
import org.credence.engine.analysis.attribution.NounPhrases.Phrase;

/**
 * What a finder (the patterns or the learned model) proposes, before the source's kind is decided.
 *
 * @param source  the source's tokens
 * @param role    an appositive giving the source's role, or null
 * @param cue     where the cue stands
 * @param content what is attributed
 * @param type    statement or belief
 */
record AttributionDraft(Phrase source, Phrase role, Span cue, Span content, AttributionType type) {

    /** The span without surrounding blanks, quotation marks, commas and dashes. */
    static Span trim(String text, Span span) {
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

}

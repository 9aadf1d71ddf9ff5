package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzedArticleTest {

    /** An article whose sentences are the lines of the text; no tokens, figures or claims. */
    private static AnalyzedArticle article(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            sentences.add(new Sentence(sentences.size(), new Span(start, start + line.length()), List.of(), false));
            start += line.length() + 1;
        }
        return new AnalyzedArticle(Article.of("a", text), text, Span.EMPTY, sentences, List.of(), List.of(), List.of(),
                List.of());
    }

    /** The text holds one word in capitals, the word asked about; the table says whether it is quoted. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The militia ALLEGEDLY recruited miners.|false",
            "\"The militia ALLEGEDLY recruited miners,\" the mayor said.|true",
            "\"They came,\" the mayor said, and the militia ALLEGEDLY left.|false",
            "“The militia ALLEGEDLY recruited miners,” the mayor said.|true",
            "“They came,” the mayor said, and the militia ALLEGEDLY left.|false",
            "\"Disturbingly,'' said the minister, \"the militia ALLEGEDLY left.''|true",
            "\"Disturbingly,'' said the minister, the militia ALLEGEDLY left.|false",
            "``The militia ALLEGEDLY left,'' the minister said.|true",
            "«La milice est ALLEGEDLY partie», a dit le maire.|true",
            "The miners' union said the militia ALLEGEDLY left.|false",
            "He wrote: “They left.” The militia ALLEGEDLY stayed.|false",
    })
    void aWordIsInsideAQuotationOnlyWhenMarksOpenedEarlierInItsSentenceAreStillOpen(String text, boolean quoted) {
        AnalyzedArticle a = article(text);
        assertThat(a.insideQuotation(text.indexOf("ALLEGEDLY"))).isEqualTo(quoted);
    }

    @Test
    void aQuotationOpenedInTheSentenceBeforeIsNotCarriedIntoTheNext() {
        String text = "\"They left.\nThe militia ALLEGEDLY stayed.";
        assertThat(article(text).insideQuotation(text.indexOf("ALLEGEDLY"))).isFalse();
    }

    @Test
    void theAttributionsOfASentenceAreThoseWhoseCueStandsInIt() {
        String text = "The mayor said the ferry was late.\nIt was, according to the harbour office.\nNobody came.";
        AnalyzedArticle plain = article(text);
        Attribution mayor = attribution(text, "The mayor", "said");
        Attribution office = attribution(text, "the harbour office", "according to");
        AnalyzedArticle a = new AnalyzedArticle(plain.article(), text, Span.EMPTY, plain.sentences(), List.of(),
                List.of(mayor, office), List.of(), List.of());
        assertThat(a.attributionsIn(0)).containsExactly(mayor);
        assertThat(a.attributionsIn(1)).containsExactly(office);
        assertThat(a.attributionsIn(2)).isEmpty();
        assertThat(a.attributionsIn(-1)).isEmpty();
        assertThat(a.attributionsIn(3)).isEmpty();
    }

    private static Attribution attribution(String text, String source, String cue) {
        int s = text.indexOf(source);
        int c = text.indexOf(cue);
        return new Attribution(new Span(s, s + source.length()), source, new Span(c, c + cue.length()), Span.EMPTY,
                SourceKind.OFFICIAL, false);
    }

    @Test
    void anOffsetOutsideEverySentenceIsNotQuoted() {
        AnalyzedArticle a = article("\"One two three");
        assertThat(a.insideQuotation(a.text().length() + 5)).isFalse();
    }
}

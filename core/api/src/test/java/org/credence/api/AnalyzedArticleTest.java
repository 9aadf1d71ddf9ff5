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
    void anOffsetOutsideEverySentenceIsNotQuoted() {
        AnalyzedArticle a = article("\"One two three");
        assertThat(a.insideQuotation(a.text().length() + 5)).isFalse();
    }
}

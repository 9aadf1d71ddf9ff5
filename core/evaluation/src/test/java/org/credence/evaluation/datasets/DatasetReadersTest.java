package org.credence.evaluation.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credence.api.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each reader on a small file of the data set's format, written here, and on the ways such a file goes wrong. */
class DatasetReadersTest {

    @TempDir
    Path dir;

    @Test
    void checkThatReadsOneDebatePerFileInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.tsv"), "1\tHOST\tGood evening.\t0\n2\tSMITH\tWe lost 40,000 jobs.\t1\n");
        Files.writeString(dir.resolve("a.tsv"), "1\tJONES\tTaxes rose by 3%.\t1\n");
        List<Debate> debates = new CheckThatReader().read(dir);
        assertThat(debates).extracting(Debate::name).containsExactly("a", "b");
        assertThat(debates.get(1).lines()).extracting(LabelledSentence::text, LabelledSentence::positive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Good evening.", false),
                        org.assertj.core.groups.Tuple.tuple("We lost 40,000 jobs.", true));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            1\\tHOST\\tHello.                | d.tsv:1: expected 4 tab-separated columns (line_number, speaker, text, label), found 3
            1\\tHOST\\tHello.\\tyes          | d.tsv:1: label must be 0 or 1, was 'yes'
            """)
    void checkThatNamesTheFileLineAndReason(String content, String message) throws IOException {
        Path file = dir.resolve("d.tsv");
        Files.writeString(file, content.replace("\\t", "\t"));
        assertThatThrownBy(() -> new CheckThatReader().read(dir)).isInstanceOf(DatasetException.class)
                .hasMessageEndingWith(message).hasMessageStartingWith(dir.toString());
    }

    @Test
    void claimBusterReadsSentencesAndLabels() throws IOException {
        Path file = dir.resolve("cb.json");
        Files.writeString(file, "[{\"sentence_id\": 7, \"label\": 1, \"text\": \"Crime fell 5%.\"},"
                + "{\"sentence_id\": 8, \"label\": 0, \"text\": \"Thank you.\"}]");
        assertThat(new ClaimBusterReader().read(file)).containsExactly(
                new LabelledSentence("7", "Crime fell 5%.", true), new LabelledSentence("8", "Thank you.", false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [{"label": 1}                               | is not valid JSON
            {"text": "x"}                               | expected a JSON list of {sentence_id, label, text}
            [{"text": "x", "label": 3}]                 | item 1 needs a text and a label of 0 or 1
            """)
    void claimBusterNamesTheFileAndReason(String content, String reason) throws IOException {
        Path file = dir.resolve("cb.json");
        Files.writeString(file, content);
        assertThatThrownBy(() -> new ClaimBusterReader().read(file)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(file + ": " + reason);
    }

    @Test
    void szegedReadsUncertainAsPositive() throws IOException {
        Path file = dir.resolve("wiki.tsv");
        Files.writeString(file, "doc_id\tsentence_id\tlabel\tcue_types\tcues\ttext\n"
                + "D\tS1\tuncertain\tweasel\tsome\tSome say it rained.\n"
                + "D\tS2\tcertain\t\t\tIt rained.\n");
        assertThat(new SzegedReader().read(file)).containsExactly(
                new LabelledSentence("D/S1", "Some say it rained.", true), new LabelledSentence("D/S2", "It rained.", false));
    }

    @Test
    void szegedNamesAnUnknownLabelAndItsLine() throws IOException {
        Path file = dir.resolve("wiki.tsv");
        Files.writeString(file, "doc_id\tsentence_id\tlabel\tcue_types\tcues\ttext\nD\tS1\tmaybe\t\t\tIt rained.\n");
        assertThatThrownBy(() -> new SzegedReader().read(file)).hasMessage(file + ":2: label must be certain or uncertain, was 'maybe'");
    }

    @Test
    void polnearTakesTheFirstAnnotatorAndSkipsContinuationLinesAndContent() throws IOException {
        Files.createDirectories(dir.resolve("dev/text"));
        Files.createDirectories(dir.resolve("dev/attributions"));
        String text = "Officials said the\nroad will close.";
        Files.writeString(dir.resolve("dev/text/story.txt"), text);
        Files.writeString(dir.resolve("dev/attributions/story_b.ann"), "T1\tSource 0 9\tOfficials\n");
        Files.writeString(dir.resolve("dev/attributions/story_a.ann"), """
                T1\tSource 0 9\tOfficials
                T2\tCue 10 14\tsaid
                T3\tContent 15 18;19 35\tthe
                The road will close.
                E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
                """);
        List<AnnotatedDocument> docs = new PolnearReader().read(dir);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).sources()).containsExactly(new Span(0, 9));
        assertThat(docs.get(0).cues()).containsExactly(new Span(10, 14));
    }

    @Test
    void polnearNamesASpanOutsideTheText() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/s.txt"), "Short.");
        Path ann = dir.resolve("attributions/s_a.ann");
        Files.writeString(ann, "T1\tSource 0 90\tShort.\n");
        assertThatThrownBy(() -> new PolnearReader().read(dir))
                .hasMessage(ann + ":1: span 0-90 lies outside the text (6 characters)");
    }

    @Test
    void fakesReadsArticlesWithLabels() throws IOException {
        Path file = dir.resolve("fakes.csv");
        Files.writeString(file, "unit_id,article_title,article_content,source,date,label\n"
                + "1,Title,\"Body, with a comma\nand two lines\",SANA,2015,1\n2,T2,Body two,RT,2016,0\n");
        List<LabelledArticle> articles = new FakesReader().read(file);
        assertThat(articles).extracting(a -> a.article().id(), a -> a.article().outlet(), LabelledArticle::credible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "SANA", true),
                        org.assertj.core.groups.Tuple.tuple("2", "RT", false));
        assertThat(articles.get(0).article().body()).isEqualTo("Body, with a comma\nand two lines");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            id,text\\n1,Body                   | no label column (tried [label, credible, class]; found [id, text])
            id,label\\n1,1                     | no text column (tried [text, body, content, article, article_content]; found [id, label])
            id,text,label\\n1,Body,fake        | label must be 0 or 1, was 'fake'
            """)
    void fakesNamesTheFileAndReason(String content, String reason) throws IOException {
        Path file = dir.resolve("fakes.csv");
        Files.writeString(file, content.replace("\\n", "\n"));
        assertThatThrownBy(() -> new FakesReader().read(file)).isInstanceOf(DatasetException.class)
                .hasMessageContaining(file.toString()).hasMessageEndingWith(reason);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> new ClaimBusterReader().read(missing)).hasMessage(missing + ": no such file");
    }
}

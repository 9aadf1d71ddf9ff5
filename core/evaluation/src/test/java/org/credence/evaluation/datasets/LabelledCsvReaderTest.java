package org.credence.evaluation.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledCsvReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        return file;
    }

    private static LabelledSet read(Path file)  {
        return new LabelledCsvReader(LabelledColumns.defaults()).read(file);
    }

    @Test
    void faKesStyleColumnsAreFoundByDefault() throws Exception {
        Path file = write("fakes.csv", """
                unit_id,article_title,article_content,source,date,label
                11,Strike ends,"The union said 2,000 miners went back.",Ledger,2017-04-05,1
                12,Strike spreads,"Activists claimed 40,000 miners joined.",Post,2017-04-06,0
                13,Empty,,Post,2017-04-06,0
                11,Copy,"The union said 2,000 miners went back.",Ledger,2017-04-05,1
                """);
        LabelledSet set = read(file);
        assertThat(set.articles()).extracting(LabelledArticle::id).containsExactly("11", "12", "11~2");
        assertThat(set.articles()).extracting(LabelledArticle::credible).containsExactly(true, false, true);
        assertThat(set.articles().get(0).article().title()).isEqualTo("Strike ends");
        assertThat(set.articles().get(0).article().outlet()).isEqualTo("Ledger");
        assertThat(set.credibleCount()).isEqualTo(2);
        assertThat(set.fakeCount()).isEqualTo(1);
        assertThat(set.problems()).singleElement().hasToString(file + ":4: empty text cell");
    }

    @Test
    void aColumnMappingNamesTheLabelAndTextColumns() throws Exception {
        Path file = write("custom.csv", "story,is_real,label\nThe union said 300 miners left.,1,x\n");
        LabelledSet set = new LabelledCsvReader(LabelledColumns.defaults().with("text", "story").with("label", "is_real"))
                .read(file);
        assertThat(set.articles()).singleElement().extracting(LabelledArticle::credible).isEqualTo(true);
        assertThatThrownBy(() -> LabelledColumns.defaults().with("colour", "x"))
                .hasMessage("unknown field 'colour', expected one of [id, title, outlet, date, url, text, label]");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # file             | content                                  | the one line, after the file name
        nolabel.csv        | text,source\\nSome text,Ledger\\n         | : no label column (tried [label, credible, class]; found [text, source])
        notext.csv         | title,label\\nA title,1\\n                | : no text column (tried [text, body, content, article, article_content]; found [title, label])
        two.csv            | text,label\\nA,1\\nB,2\\n                 | :3: label must be 0 or 1, was '2'
        word.csv           | text,label\\nA,1\\nB,fake\\nC,yes\\n       | :3: label must be 0 or 1, was 'fake' (and 1 more rows)
        blank.csv          | text,label\\nA,\\n                       | :2: label must be 0 or 1, was ''
        empty.csv          | ''                                       | : empty file
        quote.csv          | text,label\\n"A never closed,1\\n         | : malformed CSV: org.apache.commons.csv.CSVException: (startline 2) EOF reached before encapsulated token finished
        headeronly.csv     | text,label\\n                            | : no labelled article in it
        """)
    void badLabelledFilesGiveOneLineNamingTheFile(String name, String content, String expected) throws IOException {
        Path file = write(name, content);
        assertThatThrownBy(() -> read(file)).isInstanceOf(DatasetException.class)
                .hasMessage(file + expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        Path missing = dir.resolve("absent.csv");
        assertThatThrownBy(() -> read(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> read(dir)).hasMessage(dir + ": is a folder, not a labelled CSV file");
    }
}

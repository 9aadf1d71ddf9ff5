package org.credence.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.credence.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReadersTest {

    @TempDir
    Path dir;

    private final ArticleReaders readers = new ArticleReaders();

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # file name   | content                                                                                                  | id       | title           | outlet       | body starts with
        story.txt     | Miners Leave Tarsa\\n\\nAbout 2,000 miners left Tarsa in May.                                              | story    | Miners Leave Tarsa | (none)    | About 2,000 miners
        plain.txt     | About 2,000 miners left Tarsa in May.\\nThe union said so.                                               | plain    | (none)          | (none)       | About 2,000 miners
        sentence.txt  | The union said 2,000 miners left.\\n\\nThey went south.                                                  | sentence | (none)          | (none)       | The union said
        one.json      | {"id": "k7", "title": "Miners Leave", "source": "Coastal Ledger", "text": "About 2,000 miners left."}    | k7       | Miners Leave    | Coastal Ledger | About 2,000
        para.json     | {"title": "T", "body-paragraphs": [["First part.", "Second part."], ["Next."]]}                         | para     | T               | (none)       | First part. Second part.
        page.html     | <html><head><title>Miners Leave</title><meta property="og:site_name" content="Daily Wire"></head><body><nav>Home, News, Sport</nav><article><h1>Miners Leave</h1><p>About 2,000 miners left Tarsa in May, the union said on Monday in a statement to the press.</p><p>They went south to the coast where the new mines are hiring workers.</p></article><script>alert(1)</script></body></html> | page | Miners Leave | Daily Wire | About 2,000 miners
        """)
    void eachFormatYieldsItsArticle(String name, String content, String id, String title, String outlet, String body)
            throws IOException {
        ReadResult r = readers.read(List.of(write(name, content)));
        assertThat(r.problems()).isEmpty();
        Article a = r.articles().get(0);
        assertThat(a.id()).isEqualTo(id);
        assertThat(a.title()).isEqualTo(title.equals("(none)") ? "" : title);
        assertThat(a.outlet()).isEqualTo(outlet.equals("(none)") ? "" : outlet);
        assertThat(a.body()).startsWith(body).doesNotContain("alert(1)").doesNotContain("Home, News");
    }

    @Test
    void jsonArraysJsonLinesGzipAndCsvYieldOneArticlePerRecord() throws IOException {
        write("many.json", "[{\"text\": \"One.\"}, {\"text\": \"Two.\"}]");
        write("lines.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": \"b\", \"text\": \"Two.\"}\n");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"id\": \"g\", \"text\": \"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("zipped.jsonl.gz"), gz.toByteArray());
        write("table.csv", "headline,content,site\nMiners,\"About 2,000 miners\nleft, the union said.\",Ledger\n");
        ReadResult r = readers.read(List.of(dir));
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).extracting(Article::id).containsExactly("a", "b", "many#1", "many#2", "table#1", "g");
        Article csv = r.articles().get(4);
        assertThat(csv.body()).isEqualTo("About 2,000 miners\nleft, the union said.");
        assertThat(csv.outlet()).isEqualTo("Ledger");
    }

    @Test
    void aCsvColumnMappingNamesTheTextColumn() throws IOException {
        Path csv = write("custom.csv", "story_body,x\nThe union said 300 miners left.,1\n");
        assertThat(new ArticleReaders(ColumnMapping.defaults().with("text", "story_body")).read(List.of(csv))
                .articles()).singleElement().satisfies(a -> assertThat(a.body()).startsWith("The union"));
    }

    @Test
    void windows1252TextIsReadCorrectly() throws IOException {
        Path p = dir.resolve("cp1252.txt");
        Files.write(p, "The caf\u00e9 owner said \u201cwe lost \u20ac400\u201d.".getBytes(Charset.forName("windows-1252")));
        assertThat(readers.read(List.of(p)).articles().get(0).body())
                .isEqualTo("The caf\u00e9 owner said \u201cwe lost \u20ac400\u201d.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # file name    | content                          | reason contains
        empty.txt      | (empty)                          | empty file
        blank.txt      | '   \\n  '                       | no readable text
        bad.json       | {"title": "x", "text": "y"       | malformed JSON at line 1
        notext.json    | {"title": "only a title"}        | no text
        empty.json     | []                               | empty JSON array
        notext.csv     | a,b\\n1,2\\n                     | no text column
        script.html    | <html><body><script>var a=1;</script></body></html> | no readable text
        notes.docx     | PK                               | unknown format
        """)
    void badFilesGiveOneLineNamingFileAndReason(String name, String content, String reason) throws IOException {
        Path p = write(name, content.equals("(empty)") ? "" : content);
        ReadResult r = readers.read(List.of(p));
        assertThat(r.articles()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(p.toString());
            assertThat(problem.reason()).contains(reason).doesNotContain("\n");
        });
    }

    @Test
    void binaryAndMissingFilesAreReportedAndTheBatchGoesOn() throws IOException {
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write("good.txt", "The union said 300 miners left.");
        write("lines.jsonl", "{\"text\": \"fine.\"}\n{oops\n");
        ReadResult r = readers.read(List.of(dir, dir.resolve("missing.txt")));
        assertThat(r.articles()).extracting(Article::id).containsExactly("good", "lines#1");
        assertThat(r.problems()).extracting(ReadProblem::toString).containsExactly(
                dir.resolve("image.txt") + ": binary file (not text)",
                dir.resolve("lines.jsonl") + ":2: malformed JSON: " + r.problems().get(1).reason().substring(16),
                dir.resolve("missing.txt") + ": no such file");
    }

    @Test
    void idsAreMadeUniqueAcrossTheBatch() throws IOException {
        Path a = write("x/report.txt", "The union said 300 miners left.");
        Path b = write("y/report.txt", "The union said 400 miners left.");
        assertThat(readers.read(List.of(a, b)).articles()).extracting(Article::id).containsExactly("report", "report~2");
    }
}

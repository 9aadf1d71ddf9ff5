package org.credence.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: each gives one line naming the file and the reason, and the rest goes on. */
class BadInputTest {

    @TempDir
    Path dir;

    private final ArticleReaders readers = new ArticleReaders();

    private ReadProblem onlyProblem(Path file) {
        ReadResult r = readers.read(List.of(file));
        assertThat(r.problems()).hasSize(1);
        ReadProblem p = r.problems().get(0);
        assertThat(p.toString()).startsWith(p.location()).doesNotContain("\n");
        return p;
    }

    @Test
    void invalidUtf8WithoutBinaryBytesIsReadAsWindows1252() throws IOException {
        Path p = dir.resolve("latin.txt");
        Files.write(p, new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 's', 'a', 'i', 'd', ' ', (byte) 0x93, 'n', 'o',
                (byte) 0x94, '.'});
        assertThat(readers.read(List.of(p)).articles().get(0).body()).isEqualTo("Café said “no”.");
    }

    @Test
    void aDeeplyNestedJsonFileIsRefusedWithItsReason() throws IOException {
        Path p = dir.resolve("deep.json");
        Files.writeString(p, "[".repeat(5_000) + "]".repeat(5_000));
        assertThat(onlyProblem(p).reason()).startsWith("malformed JSON").containsIgnoringCase("nesting depth");
    }

    @Test
    void aTruncatedJsonFileNamesWhereItBroke() throws IOException {
        Path p = dir.resolve("cut.json");
        Files.writeString(p, "{\"title\": \"Miners\", \"text\": \"The union said");
        assertThat(onlyProblem(p).reason()).startsWith("malformed JSON at line 1");
    }

    @Test
    void raggedCsvRowsAreReportedOneByOneAndGoodRowsRead() throws IOException {
        Path p = dir.resolve("ragged.csv");
        Files.writeString(p, "title,text,outlet\nA,\"First, with a\nline break\",X\nB\nC,Third text,Z\n");
        ReadResult r = readers.read(List.of(p));
        assertThat(r.articles()).extracting(a -> a.title()).containsExactly("A", "C");
        assertThat(r.articles().get(0).body()).isEqualTo("First, with a\nline break");
        assertThat(r.problems()).singleElement().satisfies(problem -> assertThat(problem.reason()).contains("row has 1 cells"));
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedNamingTheLimit() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(p)) {
            byte[] line = "The union said that miners had left the valley in large numbers.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(onlyProblem(p).reason()).isEqualTo("larger than the limit of 20 MB for one file (50 MB)");
    }

    @Test
    void anUnreadableFileIsReportedAndTheFolderGoesOn() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "The union said 300 miners left.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.writeString(dir.resolve("open.txt"), "The union said 400 miners left.");
        ReadResult r = readers.read(List.of(dir));
        assertThat(r.articles()).extracting(a -> a.id()).containsExactly("open");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("cannot read: permission denied"));
    }

    @Test
    void aFolderOfOneHundredThousandSmallFilesIsReadWhole() throws IOException {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        byte[] text = "The union said 300 miners left.".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100_000; i++) {
            Files.write(folder.resolve(String.format("%06d.txt", i)), text);
        }
        int[] count = {0};
        readers.read(List.of(folder), new ArticleSink() {
            @Override
            public void article(org.credence.api.Article article) {
                count[0]++;
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new AssertionError(problem.toString());
            }
        });
        assertThat(count[0]).isEqualTo(100_000);
    }
}

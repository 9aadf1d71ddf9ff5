package org.credence.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz target for every reader: any bytes, under any of the known extensions, give articles or one-line
 * problems naming the file, never an exception.
 */
class ReaderFuzzTest {

    private static final String[] EXTENSIONS = {".txt", ".json", ".jsonl", ".html", ".csv"};
    private static final ArticleReaders READERS = new ArticleReaders();

    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveArticlesOrOneLineProblems(FuzzedDataProvider data) throws IOException {
        String extension = data.pickValue(EXTENSIONS);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("credence-fuzz");
        Path file = dir.resolve("input" + extension);
        try {
            Files.write(file, bytes);
            ReadResult r = READERS.read(List.of(file));
            for (ReadProblem p : r.problems()) {
                assertThat(p.location()).startsWith(file.toString());
                assertThat(p.reason()).isNotBlank().doesNotContain("\n");
            }
            r.articles().forEach(a -> assertThat(a.body()).isNotBlank());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

package org.credence.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.credence.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a bounded run spills is read back as written, by number, from any thread; the file goes on close. */
class SpillTest {

    @Test
    void valuesWrittenFromManyThreadsAreReadBackByNumberAndTheFileIsDeletedOnClose(@TempDir Path dir) throws Exception {
        Path file;
        try (Spill<IndexedArticle> spill = new Spill<>(dir, "articles", IndexedArticle.class)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                int n = i;
                done.add(pool.submit(() -> spill.put(n, new IndexedArticle(n,
                        Article.of("a" + n, "Body " + n + " é ✓ " + "x".repeat(n % 97))))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            for (int i : new int[] {0, 1, 1_024, 2_999, 17}) {
                assertThat(spill.get(i).article().body()).isEqualTo("Body " + i + " é ✓ " + "x".repeat(i % 97));
            }
            try (var files = Files.list(dir)) {
                file = files.findFirst().orElseThrow();
            }
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aNumberIsWrittenOnceAndAnUnwrittenOneIsAnError(@TempDir Path dir) throws Exception {
        try (Spill<ScoredRows> spill = new Spill<>(dir, "rows", ScoredRows.class)) {
            spill.put(3, new ScoredRows(3, "a", "a,1\r\n", ""));
            assertThatThrownBy(() -> spill.put(3, new ScoredRows(3, "a", "", ""))).hasMessageContaining("holds 3 already");
            assertThatThrownBy(() -> spill.get(4)).hasMessageContaining("holds nothing under 4");
            assertThat(spill.get(3).csv()).isEqualTo("a,1\r\n");
        }
    }
}

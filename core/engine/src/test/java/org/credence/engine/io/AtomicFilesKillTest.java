package org.credence.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of saving (SIGKILL, no shutdown hooks) and finds the last complete version intact:
 * what workspace and export files rely on.
 */
class AtomicFilesKillTest {

    @TempDir
    Path dir;

    @Test
    void aProcessKilledMidSaveLeavesTheLastCompleteFile() throws Exception {
        Path target = dir.resolve("workspace.credence.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long expectedSize = (long) AtomicWriteTorture.LINES * AtomicWriteTorture.LINE.length();
        for (int round = 0; round < 5; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    AtomicWriteTorture.class.getName(), target.toString()).redirectErrorStream(true).start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (!Files.exists(target) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(50 + ThreadLocalRandom.current().nextInt(400));   // somewhere inside a later save
            p.destroyForcibly();
            p.waitFor();
            byte[] bytes = Files.readAllBytes(target);
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertThat(lines).hasSize(AtomicWriteTorture.LINES + 1);
            assertThat(lines.get(lines.size() - 1)).matches("END \\d+");
            assertThat((long) bytes.length - lines.get(lines.size() - 1).length() - 1).isEqualTo(expectedSize);
        }
    }
}

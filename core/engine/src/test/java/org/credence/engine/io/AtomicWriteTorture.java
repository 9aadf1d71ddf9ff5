package org.credence.engine.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process that saves the same file over and over until it is killed: {@code AtomicFilesKillTest} starts it, kills
 * it mid-save and checks the file. Each version is a few megabytes that end with its own number.
 */
public final class AtomicWriteTorture {

    static final int LINES = 60_000;
    static final String LINE = "{\"claim\": \"The union said 300 miners left.\", \"verdict\": \"REJECTED\"}\n";

    private AtomicWriteTorture() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        for (long version = 1; ; version++) {
            long v = version;
            AtomicFiles.write(target, out -> {
                byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < LINES; i++) {
                    out.write(line);
                }
                out.write(("END " + v + "\n").getBytes(StandardCharsets.UTF_8));
            });
        }
    }
}

package org.credence.evaluation.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.credence.engine.io.AtomicFiles;

/** Writes findings as JSON Lines, UTF-8, one finding per line, atomically: a reader never sees half a file. */
public final class FindingsWriter {

    private final FindingsJson format = new FindingsJson();

    public void write(Path file, List<FindingRecord> records) throws IOException {
        AtomicFiles.write(file, out -> {
            for (FindingRecord r : records) {
                out.write(format.toLine(r).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        });
    }
}

package org.credence.evaluation.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CLEF CheckThat! 2019 task 1 files: tab-separated, no header, {@code line_number speaker text label}, one file a
 * debate. Takes a file or a folder of {@code .tsv} files, read in name order.
 */
public final class CheckThatReader {

    public List<Debate> read(Path path) {
        List<Path> files = tsvFiles(path);
        List<Debate> debates = new ArrayList<>(files.size());
        for (Path file : files) {
            debates.add(readFile(file));
        }
        return debates;
    }

    static List<Path> tsvFiles(Path path) {
        if (!Files.exists(path)) {
            throw new DatasetException(path, "no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
            if (files.isEmpty()) {
                throw new DatasetException(path, "holds no .tsv files");
            }
            return files;
        } catch (IOException e) {
            throw new DatasetException(path, "cannot be listed: " + e.getMessage());
        }
    }

    Debate readFile(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage());
        }
        List<LabelledSentence> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new DatasetException(file, i + 1, "expected 4 tab-separated columns "
                        + "(line_number, speaker, text, label), found " + cols.length);
            }
            String label = cols[3].strip();
            if (!label.equals("0") && !label.equals("1")) {
                throw new DatasetException(file, i + 1, "label must be 0 or 1, was '" + label + "'");
            }
            lines.add(new LabelledSentence(cols[0].strip(), cols[2], label.equals("1")));
        }
        String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        return new Debate(name, lines);
    }
}

package org.credence.evaluation.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.credence.api.Span;

/**
 * PolNeAR in brat standoff: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}, whose
 * {@code T} lines read {@code Tn<TAB>Source|Cue|Content START END<TAB>text}. Takes a split folder (holding
 * {@code text/} and {@code attributions/}) or the corpus folder, whose {@code train} and {@code dev} splits are read
 * in turn. Where two annotators marked one text, the first annotator file in name order is the gold standard, so
 * every text counts once.
 */
public final class PolnearReader {

    private static final Pattern TEXT_BOUND = Pattern.compile("T\\d+\t");

    public List<AnnotatedDocument> read(Path path) {
        if (Files.isDirectory(path.resolve("text"))) {
            return readSplit(path);
        }
        List<AnnotatedDocument> out = new ArrayList<>();
        for (String split : List.of("train", "dev", "test")) {
            if (Files.isDirectory(path.resolve(split).resolve("text"))) {
                out.addAll(readSplit(path.resolve(split)));
            }
        }
        if (out.isEmpty()) {
            throw new DatasetException(path, "holds neither text/ and attributions/ nor train/ or dev/ splits of them");
        }
        return out;
    }

    private List<AnnotatedDocument> readSplit(Path split) {
        Path texts = split.resolve("text");
        Path annotations = split.resolve("attributions");
        if (!Files.isDirectory(annotations)) {
            throw new DatasetException(split, "has text/ but no attributions/ folder");
        }
        Map<String, Path> firstAnnotation = new TreeMap<>();
        try (Stream<Path> s = Files.list(annotations)) {
            s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                int cut = file.lastIndexOf('_');
                String name = cut > 0 ? file.substring(0, cut) : file.replaceFirst("\\.ann$", "");
                firstAnnotation.putIfAbsent(name, p);
            });
        } catch (IOException e) {
            throw new DatasetException(annotations, "cannot be listed: " + e.getMessage());
        }
        List<AnnotatedDocument> out = new ArrayList<>(firstAnnotation.size());
        for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
            Path textFile = texts.resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                throw new DatasetException(e.getValue(), "has no text file " + textFile.getFileName());
            }
            out.add(readDocument(e.getKey(), textFile, e.getValue()));
        }
        return out;
    }

    AnnotatedDocument readDocument(String name, Path textFile, Path annotationFile) {
        String text;
        List<String> lines;
        try {
            text = Files.readString(textFile, StandardCharsets.UTF_8);
            lines = Files.readAllLines(annotationFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(textFile, "cannot be read: " + e.getMessage());
        }
        List<Span> sources = new ArrayList<>();
        List<Span> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!TEXT_BOUND.matcher(line).lookingAt()) {
                continue;   // events, notes, and the rest of a span's text that ran over a line break
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new DatasetException(annotationFile, i + 1, "a T line needs an id and 'TYPE START END'");
            }
            String[] typeAndOffsets = cols[1].split(" ", 2);
            List<Type> wanted = List.of(Type.values());
            Type type = wanted.stream().filter(t -> t.label.equals(typeAndOffsets[0])).findFirst().orElse(null);
            if (type == null) {
                continue;   // Content and Attribution spans are not scored
            }
            Span span = span(typeAndOffsets.length > 1 ? typeAndOffsets[1] : "", text.length(), annotationFile, i + 1);
            (type == Type.SOURCE ? sources : cues).add(span);
        }
        return new AnnotatedDocument(name, text, sources, cues);
    }

    private enum Type {
        SOURCE("Source"), CUE("Cue");

        final String label;

        Type(String label) {
            this.label = label;
        }
    }

    /** "12 30" or, for a discontinuous span, "12 20;25 30", taken from its first start to its last end. */
    private static Span span(String offsets, int textLength, Path file, int line) {
        try {
            String[] fragments = offsets.split(";");
            int start = Integer.parseInt(fragments[0].strip().split(" ")[0]);
            String[] last = fragments[fragments.length - 1].strip().split(" ");
            int end = Integer.parseInt(last[last.length - 1]);
            if (start < 0 || end < start || end > textLength) {
                throw new DatasetException(file, line, "span " + start + "-" + end + " lies outside the text ("
                        + textLength + " characters)");
            }
            return new Span(start, end);
        } catch (NumberFormatException e) {
            throw new DatasetException(file, line, "offsets must be 'START END', were '" + offsets + "'");
        }
    }
}

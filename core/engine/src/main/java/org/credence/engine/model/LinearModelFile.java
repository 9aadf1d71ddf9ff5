package org.credence.engine.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text form of a {@link LinearModel}, one item a line, tab-separated, UTF-8:
 * <pre>
 * credence-linear-model	1
 * kind	check-worthiness
 * about	seed	42                   (any number: how the model was made)
 * bias	-1.25
 * threshold	0.5
 * w	w=percent	0.8125           (one line per feature, in name order)
 * term	is said to                   (the model's vocabulary, if it has one, in order)
 * </pre>
 * Plain text so that a trainer can read which words push a decision which way, and so that a model under version
 * control shows what changed. Weights are written as the shortest decimal that reads back as the same float, so
 * the same model always gives the same bytes.
 */
public final class LinearModelFile {

    static final String MAGIC = "credence-linear-model";
    static final int VERSION = 1;

    private LinearModelFile() {
    }

    /** Writes the model to a stream (not closed). */
    public static void write(LinearModel model, OutputStream out) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(MAGIC + "\t" + VERSION + "\n");
        w.write("kind\t" + clean(model.kind()) + "\n");
        for (Map.Entry<String, String> e : model.about().entrySet()) {
            w.write("about\t" + clean(e.getKey()) + "\t" + clean(e.getValue()) + "\n");
        }
        w.write("bias\t" + model.bias() + "\n");
        w.write("threshold\t" + model.threshold() + "\n");
        for (Map.Entry<String, Float> e : model.weights().entrySet()) {
            w.write("w\t" + checkedName(e.getKey()) + "\t" + e.getValue() + "\n");
        }
        for (String term : model.vocabulary()) {
            w.write("term\t" + checkedName(term) + "\n");
        }
        w.flush();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String checkedName(String name) {
        if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a feature name holds a tab or line break: " + name);
        }
        return name;
    }

    /**
     * @param origin       what to name in errors (the file or resource)
     * @param expectedKind the kind the caller needs, such as "uncertainty"
     * @throws ModelException when the content is not such a model, naming the origin and line
     */
    public static LinearModel read(InputStream in, String origin, String expectedKind) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null || !first.startsWith(MAGIC + "\t")) {
            throw new ModelException(origin + ": not a Credence model (the first line must be '" + MAGIC + "<TAB>"
                    + VERSION + "')");
        }
        if (!first.equals(MAGIC + "\t" + VERSION)) {
            throw new ModelException(origin + ": model format " + first.substring(MAGIC.length() + 1)
                    + " is not supported; this version reads format " + VERSION);
        }
        String kind = null;
        Map<String, String> about = new LinkedHashMap<>();
        Double bias = null;
        Double threshold = null;
        Map<String, Float> weights = new HashMap<>();
        java.util.List<String> vocabulary = new java.util.ArrayList<>();
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            try {
                switch (cols[0]) {
                    case "kind" -> kind = field(cols, 2);
                    case "about" -> about.put(field(cols, 3), cols[2]);
                    case "bias" -> bias = Double.parseDouble(field(cols, 2));
                    case "threshold" -> threshold = Double.parseDouble(field(cols, 2));
                    case "w" -> {
                        field(cols, 3);
                        if (weights.put(cols[1], Float.parseFloat(cols[2])) != null) {
                            throw new IllegalArgumentException("feature " + cols[1] + " is listed twice");
                        }
                    }
                    case "term" -> vocabulary.add(field(cols, 2));
                    default -> throw new IllegalArgumentException("unknown entry '" + cols[0] + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new ModelException(origin + ":" + n + ": " + e.getMessage(), e);
            }
        }
        if (kind == null || bias == null || threshold == null) {
            throw new ModelException(origin + ": needs a kind, a bias and a threshold");
        }
        if (!kind.equals(expectedKind)) {
            throw new ModelException(origin + ": is a " + kind + " model, not a " + expectedKind + " model");
        }
        try {
            return new LinearModel(kind, about, bias, threshold, weights, vocabulary);
        } catch (IllegalArgumentException e) {
            throw new ModelException(origin + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model file. */
    public static LinearModel read(Path file, String expectedKind) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), expectedKind);
        } catch (IOException e) {
            throw new ModelException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String field(String[] cols, int expected) {
        if (cols.length != expected) {
            throw new IllegalArgumentException("'" + cols[0] + "' needs " + (expected - 1) + " tab-separated value"
                    + (expected == 2 ? "" : "s") + ", found " + (cols.length - 1));
        }
        return cols[1];
    }
}

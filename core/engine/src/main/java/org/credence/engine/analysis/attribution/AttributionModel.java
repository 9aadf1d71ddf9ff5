package org.credence.engine.analysis.attribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The learned half of attribution: an OpenNLP name-finder model (a maximum-entropy sequence model over BILOU or BIO
 * tags) trained on PolNeAR to mark the <em>source</em> ("the campaign's spokesman", "she") and the <em>cue</em>
 * ("said", "according to", "wants") of attributions in a sentence. The bundled model is trained by
 * {@code credence train attribution} (docs/models.md).
 *
 * <p>Decoding is OpenNLP's beam search over the model, with one change: the probability of "outside any span" is
 * scaled by {@link #outsideWeight()} before the search, so the decoder can be made to mark more spans than the
 * trained model would by itself (a recall for precision trade, chosen on PolNeAR dev and stored with the model).
 *
 * <p>The file holds a short header (magic, format version, properties: the settings it was trained with) and then
 * OpenNLP's own model. Thread-safe: each thread decodes with its own search and context generator.
 */
public final class AttributionModel {

    /** The file name of the bundled model, and of a replacement in a models folder. */
    public static final String FILE_NAME = "attribution-en.bin";
    static final String RESOURCE = "/org/credence/engine/models/" + FILE_NAME;
    static final String SOURCE_TYPE = "source";
    static final String CUE_TYPE = "cue";
    private static final int MAGIC = 0x43524154;   // "CRAT"
    private static final int FORMAT = 1;
    /** Tokens on each side whose extra context a token sees; fixed by OpenNLP's training event stream. */
    private static final int CONTEXT_WINDOW = 8;
    private static final String OUTSIDE = "other";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** What a marked span is. */
    public enum Part { SOURCE, CUE }

    /**
     * A span the model marked, by token index.
     *
     * @param first       its first token
     * @param last        its last token, inclusive
     * @param probability the mean probability of its tokens' tags, 0..1
     */
    public record Found(Part part, int first, int last, double probability) {
    }

    private final TokenNameFinderModel model;
    private final Map<String, String> properties;
    private final double outsideWeight;
    private final ThreadLocal<Decoder> decoders;

    /**
     * @param model      OpenNLP's model
     * @param properties how it was made (settings, data), kept in the file
     */
    AttributionModel(TokenNameFinderModel model, Map<String, String> properties) {
        this.model = Objects.requireNonNull(model);
        this.properties = Map.copyOf(new TreeMap<>(properties));
        this.outsideWeight = Double.parseDouble(properties.getOrDefault("outsideWeight", "1"));
        if (!(outsideWeight > 0 && outsideWeight <= 1)) {
            throw new IllegalArgumentException("outsideWeight must be in (0, 1], was " + outsideWeight);
        }
        this.decoders = ThreadLocal.withInitial(Decoder::new);
    }

    /** @return the same model decoded with another weight on "outside any span" (for choosing it on dev) */
    public AttributionModel withOutsideWeight(double weight) {
        Map<String, String> p = new TreeMap<>(properties);
        p.put("outsideWeight", Double.toString(weight));
        return new AttributionModel(model, p);
    }

    /** @return the weight, in (0, 1], on the probability that a token lies outside any span */
    public double outsideWeight() {
        return outsideWeight;
    }

    /** @return how the model was made: its training settings and data, as written by the trainer */
    public Map<String, String> properties() {
        return properties;
    }

    /** @return the model shipped inside the engine */
    public static AttributionModel bundled() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled attribution model: " + e.getMessage(), e);
        }
    }

    /** @return the model in a file written by {@link #write} */
    public static AttributionModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not an attribution model: " + e.getMessage(), e);
        }
    }

    private static AttributionModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("it does not start as a Credence attribution model does");
        }
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("format " + format + " is not " + FORMAT);
        }
        Properties p = new Properties();
        p.load(new StringReader(data.readUTF()));
        Map<String, String> properties = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> properties.put(k, p.getProperty(k)));
        return new AttributionModel(new TokenNameFinderModel(data), properties);
    }

    /** Writes the model; the file appears whole or not at all. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        StringWriter header = new StringWriter();
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {   // sorted, no date: reproducible
            header.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
        }
        data.writeUTF(header.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        data.write(withoutDates(bytes.toByteArray()));
        data.flush();
    }

    /**
     * OpenNLP's model zip with nothing that depends on when it was written: entry times fixed, and the manifest's
     * date comment and "Timestamp" line left out. The same data and settings then give the same bytes.
     */
    private static byte[] withoutDates(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    StringBuilder kept = new StringBuilder();
                    for (String line : new String(content, StandardCharsets.ISO_8859_1).split("\n")) {
                        if (!line.startsWith("#") && !line.startsWith("Timestamp=")) {
                            kept.append(line).append('\n');
                        }
                    }
                    content = kept.toString().getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry fixed = new ZipEntry(e.getName());
                fixed.setTimeLocal(FIXED_TIME);
                z.putNextEntry(fixed);
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c == '\n' ? "\\n" : c == '=' || c == ':' || c == '\\' || c == '#' || c == '!' ? "\\" + c : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * Marks the sources and cues in one sentence.
     *
     * @param tokens  the sentence's tokens as written
     * @param context per token, the features of {@link AttributionFeatures#context}
     * @return the spans found, left to right
     */
    public List<Found> find(String[] tokens, String[][] context) {
        return decoders.get().find(tokens, context);
    }

    /** One thread's decoding state: OpenNLP's context generator and beam search are not thread-safe. */
    private final class Decoder {
        private final NameContextGenerator contexts = model.getFactory().createContextGenerator();
        private final AdditionalContextFeatureGenerator extra = new AdditionalContextFeatureGenerator();
        private final SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        private final SequenceValidator<String> validator = codec.createSequenceValidator();
        private final BeamSearch search;

        Decoder() {
            // cached per sentence and token: the beam asks for each token's features once per hypothesis
            contexts.addFeatureGenerator(new CachedFeatureGenerator(
                    new WindowFeatureGenerator(extra, CONTEXT_WINDOW, CONTEXT_WINDOW)));
            MaxentModel maxent = model.getArtifact("nameFinder.model");
            int beam = Integer.parseInt(Objects.requireNonNullElse(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER), "3"));
            search = new BeamSearch(beam, new RecentEvaluations(outsideWeight == 1 ? maxent : new Weighted(maxent, outsideWeight)));
        }

        List<Found> find(String[] tokens, String[][] context) {
            extra.setCurrentContext(context);
            Sequence best = search.bestSequence(tokens, context, contexts, validator);
            List<String> outcomes = best.getOutcomes();
            double[] probs = best.getProbs();
            opennlp.tools.util.Span[] spans = codec.decode(outcomes);
            List<Found> out = new ArrayList<>(spans.length);
            for (opennlp.tools.util.Span s : spans) {
                double p = 0;
                for (int i = s.getStart(); i < s.getEnd(); i++) {
                    p += probs[i];
                }
                Part part = CUE_TYPE.equals(s.getType()) ? Part.CUE : Part.SOURCE;
                out.add(new Found(part, s.getStart(), s.getEnd() - 1, p / s.length()));
            }
            return out;
        }
    }

    /** The model with the probability of "outside any span" scaled down and the rest renormalised. */
    private static final class Weighted implements MaxentModel {
        private final MaxentModel inner;
        private final int outside;
        private final double weight;

        Weighted(MaxentModel inner, double weight) {
            this.inner = inner;
            this.outside = inner.getIndex(OUTSIDE);
            this.weight = weight;
        }

        private double[] scale(double[] p) {
            if (outside < 0) {
                return p;
            }
            double removed = p[outside] * (1 - weight);
            p[outside] -= removed;
            double total = 1 - removed;
            for (int i = 0; i < p.length; i++) {
                p[i] /= total;
            }
            return p;
        }

        @Override
        public double[] eval(String[] context) {
            return scale(inner.eval(context));
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            return scale(inner.eval(context, probs));
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return scale(inner.eval(context, values));
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            return inner.getBestOutcome(outcomes);
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return inner.getAllOutcomes(outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return inner.getOutcome(i);
        }

        @Override
        public int getIndex(String outcome) {
            return inner.getIndex(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return inner.getNumOutcomes();
        }
    }
}

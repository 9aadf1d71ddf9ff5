package org.credence.engine.analysis.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.engine.analysis.LanguagePipeline;

/**
 * Trains the {@link AttributionModel} from texts whose sources and cues annotators marked. Texts are split and
 * tagged by the same pipeline the engine analyses with, and only sentences where attribution is possible
 * ({@link AttributionFeatures#mayAttribute}) are used, since only those are given to the model at run time.
 * Training is deterministic: the same examples and settings give the same model.
 */
public final class AttributionModelTrainer {

    /**
     * How to train.
     *
     * @param algorithm  OpenNLP's trainer: "MAXENT" (GIS) or "PERCEPTRON"
     * @param iterations training iterations
     * @param cutoff     features seen fewer times than this are dropped
     * @param bilou      BILOU tags (begin, inside, last, unit, outside) rather than BIO
     * @param beamSize   the decoder's beam; 1 decodes greedily
     * @param outsideWeight the decoder's weight, in (0, 1], on "outside any span" ({@link AttributionModel})
     */
    public record Settings(String algorithm, int iterations, int cutoff, boolean bilou, int beamSize,
                           double outsideWeight) {

        public Settings {
            Objects.requireNonNull(algorithm, "algorithm");
            algorithm = algorithm.toUpperCase(Locale.ROOT);
            if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
                throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON, was " + algorithm);
            }
            if (iterations < 1 || cutoff < 0 || beamSize < 1) {
                throw new IllegalArgumentException("iterations and beam size must be at least 1, cutoff at least 0");
            }
            if (!(outsideWeight > 0 && outsideWeight <= 1)) {
                throw new IllegalArgumentException("the outside weight must be above 0 and at most 1, was " + outsideWeight);
            }
        }

        /** The settings the bundled model was trained with, chosen on PolNeAR dev (docs/models.md). */
        public static Settings chosen() {
            return new Settings("MAXENT", 100, 2, true, 3, 0.2);
        }
    }

    /**
     * OpenNLP's default name-finder features without the previous-decision map: that map remembers earlier
     * sentences of a document, which would make a sentence's spans depend on which sentences were decoded before
     * it on the same thread.
     */
    static final String FEATURES = """
            <featureGenerators cache="true" name="attribution">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">true</bool>
              </generator>
            </featureGenerators>
            """;

    private final LanguagePipeline pipeline;
    private final AttributionFeatures features;

    /**
     * @param pipeline the engine's sentence splitter, tokenizer and tagger
     * @param features the model's per-token features, from the engine's lexicons
     */
    public AttributionModelTrainer(LanguagePipeline pipeline, AttributionFeatures features) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.features = Objects.requireNonNull(features);
    }

    /** Trains on the examples; takes minutes on PolNeAR's 840 training texts. */
    public AttributionModel train(List<AttributionExample> examples, Settings settings, int threads) {
        List<NameSample> samples = new ArrayList<>();
        for (AttributionExample e : examples) {
            samples.addAll(samples(e));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, Math.max(1, threads));
        params.put("BeamSize", settings.beamSize());
        TokenNameFinderFactory factory = new TokenNameFinderFactory(FEATURES.getBytes(StandardCharsets.UTF_8),
                Map.of(), settings.bilou() ? new BilouCodec() : new BioCodec());
        Map<String, String> properties = new TreeMap<>();
        properties.put("algorithm", settings.algorithm());
        properties.put("iterations", Integer.toString(settings.iterations()));
        properties.put("cutoff", Integer.toString(settings.cutoff()));
        properties.put("codec", settings.bilou() ? "BILOU" : "BIO");
        properties.put("beamSize", Integer.toString(settings.beamSize()));
        properties.put("outsideWeight", Double.toString(settings.outsideWeight()));
        properties.put("trainingTexts", Integer.toString(examples.size()));
        properties.put("trainingSentences", Integer.toString(samples.size()));
        try {
            TokenNameFinderModel model = NameFinderME.train("en", null,
                    ObjectStreamUtils.createObjectStream(samples), params, factory);
            return new AttributionModel(model, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The training samples of one text: one per sentence where attribution is possible. */
    List<NameSample> samples(AttributionExample example) {
        String text = example.text();
        List<NameSample> out = new ArrayList<>();
        for (Sentence sentence : pipeline.sentences(text, Span.EMPTY)) {
            TaggedSentence s = TaggedSentence.of(text, sentence);
            if (!features.mayAttribute(s.words())) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).span().in(text);
            }
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            addSpans(example.sources(), AttributionModel.SOURCE_TYPE, tokens, sentence.span(), names);
            addSpans(example.cues(), AttributionModel.CUE_TYPE, tokens, sentence.span(), names);
            out.add(new NameSample(words, withoutOverlaps(names), features.context(s.words(), s.tags()), false));
        }
        return out;
    }

    /** The tokens each span touches, within the sentence. */
    private static void addSpans(List<Span> spans, String type, List<Token> tokens, Span sentence,
                                 List<opennlp.tools.util.Span> out) {
        for (Span span : spans) {
            if (!span.overlaps(sentence)) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().overlaps(span)) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                out.add(new opennlp.tools.util.Span(first, last + 1, type));
            }
        }
    }

    /** Annotators' spans may overlap (a cue inside a source); the name finder wants them apart: first one wins. */
    private static opennlp.tools.util.Span[] withoutOverlaps(List<opennlp.tools.util.Span> spans) {
        spans.sort(Comparator.comparingInt(opennlp.tools.util.Span::getStart)
                .thenComparing(opennlp.tools.util.Span::length, Comparator.reverseOrder()));
        List<opennlp.tools.util.Span> kept = new ArrayList<>();
        int end = -1;
        for (opennlp.tools.util.Span s : spans) {
            if (s.getStart() >= end) {
                kept.add(s);
                end = s.getEnd();
            }
        }
        return kept.toArray(opennlp.tools.util.Span[]::new);
    }
}

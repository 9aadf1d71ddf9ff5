package org.credence.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreedyPosTaggerTest {

    private static POSModel model;
    private static POSTaggerME reference;
    private static TokenizerME tokenizer;

    @BeforeAll
    static void loadModels() throws IOException {
        model = new POSModel(open(OpenNlpPipeline.POS_MODEL));
        MaxentModel maxent = model.getArtifact("pos.model");
        reference = new POSTaggerME(new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory()),
                POSTagFormat.UD);
        tokenizer = new TokenizerME(new TokenizerModel(open(OpenNlpPipeline.TOKEN_MODEL)));
    }

    private static InputStream open(String resource) {
        return OpenNlpPipeline.class.getResourceAsStream(resource);
    }

    /** Sentences of many shapes: headlines, figures, quotes, names, unknown words, one word, hyphens and capitals. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Syrian Observatory for Human Rights said more than 40,000 fighters had registered.",
            "Russia Recruits Syrian Fighters For Ukraine War",
            "\"We have no evidence of that,\" the spokesperson told reporters on Tuesday.",
            "According to the activist, who gave no proof, nearly 3,000 men were paid $200 to $300 a month.",
            "Officials who asked not to be named said the figure could not be independently verified.",
            "Zorbleflax quuxed the glimmerous tovs at 3:45 p.m. on 12/03/2022.",
            "Yes.",
            "NATO's secretary-general, Jens Stoltenberg, warned of a \"long, hard\" winter.",
            "IT'S OFFICIAL: PRICES UP 7.5% IN 2022",
            "He said he'd go, but she didn't; they'll see — or won't.",
            "e-mail @handle #hashtag http://example.org/a?b=c 1.5m 3,000-4,000",
    })
    void tagsEverySentenceAsOpenNlpsTaggerDoesWithABeamOfOne(String sentence) {
        String[] words = tokenizer.tokenize(sentence);
        String[] expected = reference.tag(words);
        assertThat(new GreedyPosTagger(model).tag(words)).containsExactly(expected);
        assertThat(new GreedyPosTagger(model, 0).tag(words)).as("with no word cached").containsExactly(expected);
    }

    @Test
    void tagsAnEmptySentenceAsNothing() {
        assertThat(new GreedyPosTagger(model).tag(new String[0])).isEmpty();
    }

    @Test
    void givesTheSameTagsFromManyThreadsAsFromOne() throws Exception {
        GreedyPosTagger tagger = new GreedyPosTagger(model);
        List<String[]> sentences = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sentences.add(tokenizer.tokenize("Report " + i + ": the ministry said " + (i * 37) + " workers in sector "
                    + Integer.toString(i, 36) + " were paid late, an analyst claimed."));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (String[] s : sentences) {
                results.add(pool.submit(() -> tagger.tag(s)));
            }
            for (int i = 0; i < sentences.size(); i++) {
                assertThat(results.get(i).get()).containsExactly(reference.tag(sentences.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

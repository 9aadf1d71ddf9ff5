package org.credence.engine.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.attribution.AttributionModel;
import org.credence.engine.analysis.claim.LearnedClaimDetector;
import org.credence.engine.analysis.cue.CombinedCues;
import org.credence.engine.analysis.cue.CueExtractor;
import org.credence.engine.analysis.cue.UncertaintyCueExtractor;
import org.credence.engine.analysis.quantity.QuantityExtractor;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;

/** The analysis {@code credence score} runs, built in one place so that tests and evaluations run the same. */
public final class StandardAnalysis {

    private StandardAnalysis() {
    }

    /** The OpenNLP pipeline, the lexicon-driven extractors, and the learned models. */
    public static Analyzer analyzer(Lexicons lexicons, Models models) {
        return analyzer(new OpenNlpPipeline(TaggingTriggers.from(lexicons)), lexicons, models);
    }

    /** The same, over a pipeline already loaded (tests share one). */
    public static Analyzer analyzer(LanguagePipeline pipeline, Lexicons lexicons, Models models) {
        return new Analyzer(pipeline, new QuantityExtractor(), new AttributionExtractor(lexicons, attribution(models)),
                cues(lexicons, models),
                new LearnedClaimDetector(models.get(Models.CHECK_WORTHINESS)));
    }

    /** The attribution model in the models folder when it holds one, else the shipped one. */
    public static AttributionModel attribution(Models models) {
        Path file = models.override(AttributionModel.FILE_NAME);
        if (file == null) {
            return AttributionModel.bundled();
        }
        try {
            return AttributionModel.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The cue lexicon's cues, and the uncertainty model's where the lexicon has none. */
    public static CombinedCues cues(Lexicons lexicons, Models models) {
        return new CombinedCues(new CueExtractor(lexicons), new UncertaintyCueExtractor(models.get(Models.UNCERTAINTY)));
    }
}

package org.credence.app.cli;

import java.io.PrintWriter;

import org.credence.evaluation.EvaluationContext;
import org.credence.evaluation.ModelTraining;
import org.credence.evaluation.TrainedModel;

import picocli.CommandLine.Command;

/** `credence train uncertainty`: the model that finds speculation cues. */
@Command(name = "uncertainty", mixinStandardHelpOptions = true,
        description = {"Trains the uncertainty model from Szeged Uncertainty Corpus TSV files (doc_id, sentence_id,",
            "label, cue_types, cues, text). The shipped model:",
            "  credence train uncertainty ../shared/data/szeged-uncertainty/wiki.sentences.tsv \\",
            "      --out uncertainty.model"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the model was written", "2:the command line was wrong",
            "3:nothing was written: unreadable data, or no cue marked twice"})
final class TrainUncertaintyCommand extends ModelTrainingCommand {

    @Override
    TrainedModel train(EvaluationContext context, PrintWriter err) throws InterruptedException {
        ModelTraining.UncertaintyData d = ModelTraining.uncertaintyData(data, all);
        err.printf("credence: %d annotated sentences read%s%n", d.sentences().size() + d.heldOut(),
                d.heldOut() == 0 ? "" : "; " + d.heldOut() + " held out for credence eval");
        return new ModelTraining(context).uncertainty(d, seed);
    }
}

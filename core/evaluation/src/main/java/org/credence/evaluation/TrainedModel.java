package org.credence.evaluation;

import java.io.IOException;
import java.nio.file.Path;

import org.credence.engine.io.AtomicFiles;
import org.credence.engine.model.LinearModel;
import org.credence.engine.model.LinearModelFile;

/** A model {@link ModelTraining} made, ready to be written where {@code --models DIR} will find it. */
public final class TrainedModel {

    private final LinearModel model;

    TrainedModel(LinearModel model) {
        this.model = model;
    }

    public String kind() {
        return model.kind();
    }

    /** @return how many features carry a weight */
    public int features() {
        return model.weights().size();
    }

    public double threshold() {
        return model.threshold();
    }

    /** Writes the model file atomically: an existing file is replaced only by a complete new one. */
    public void writeTo(Path file) throws IOException {
        AtomicFiles.write(file, out -> LinearModelFile.write(model, out));
    }
}

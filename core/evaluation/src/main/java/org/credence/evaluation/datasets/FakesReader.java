package org.credence.evaluation.datasets;

import java.nio.file.Path;
import java.util.List;

/**
 * FA-KES and other article-level credibility sets: a CSV with a header, an id, a title, an outlet, the article text
 * and a label, 1 credible and 0 not, read by the same {@link LabelledCsvReader} as {@code credence calibrate}. An id
 * that occurs again is the same article (in FA-KES, five articles are listed twice, with opposite labels): the first
 * row counts.
 */
public final class FakesReader {

    public List<LabelledArticle> read(Path file) {
        return new LabelledCsvReader(LabelledColumns.defaults(), LabelledCsvReader.Repeats.KEEP_FIRST).read(file)
                .articles();
    }
}

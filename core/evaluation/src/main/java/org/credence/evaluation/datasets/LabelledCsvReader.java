package org.credence.evaluation.datasets;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.api.Article;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.CsvArticleReader;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.UnreadableException;

/**
 * Reads a CSV of articles with a label column (1 = credible, 0 = fake) through the ordinary {@link CsvArticleReader},
 * so the article columns are found the same way as for `credence score`. The one reader of labelled articles:
 * {@code credence calibrate} and {@code credence eval fakes} both read with it.
 *
 * <p>A row whose text is empty is skipped and reported, as when scoring. Anything that makes the labels
 * untrustworthy stops the whole file with one line naming it ({@link DatasetException}): a missing file or label
 * column, a label other than 0 or 1, no labelled article at all.
 */
public final class LabelledCsvReader {

    /** What becomes of a row whose id an earlier row has. */
    public enum Repeats {
        /** every row counts; a repeated id gets a suffix ("a", "a~2"), since scores are keyed by id */
        RENAME,
        /** the first row of an id counts and a repeat is reported as a problem */
        KEEP_FIRST
    }

    private final LabelledColumns columns;
    private final Repeats repeats;

    public LabelledCsvReader(LabelledColumns columns) {
        this(columns, Repeats.RENAME);
    }

    public LabelledCsvReader(LabelledColumns columns, Repeats repeats) {
        this.columns = columns;
        this.repeats = repeats;
    }

    public LabelledSet read(Path file) {
        if (Files.isDirectory(file)) {
            throw new DatasetException(file, "is a folder, not a labelled CSV file");
        }
        List<LabelledArticle> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        List<BadLabel> badLabels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            if (Files.size(file) > ArticleReaders.MAX_FILE_BYTES) {
                throw new DatasetException(file, "larger than the limit of "
                        + ArticleReaders.MAX_FILE_BYTES / (1024 * 1024) + " MB for one file");
            }
            new CsvArticleReader(columns.articles()).read(file,
                    Map.of(LabelledColumns.LABEL, columns.labelHeaders()), new CsvArticleReader.RowSink() {
                        @Override
                        public void row(Article article, Map<String, String> extra) {
                            String label = extra.get(LabelledColumns.LABEL);
                            if (!label.equals("0") && !label.equals("1")) {
                                badLabels.add(new BadLabel(article.origin(), label));
                                return;
                            }
                            if (repeats == Repeats.RENAME) {
                                articles.add(new LabelledArticle(unique(article, ids), label.equals("1")));
                            } else if (ids.add(article.id())) {
                                articles.add(new LabelledArticle(article, label.equals("1")));
                            } else {
                                problems.add(new ReadProblem(article.origin(), "repeats article id " + article.id()
                                        + " of an earlier row; the earlier row counts"));
                            }
                        }

                        @Override
                        public void problem(ReadProblem problem) {
                            problems.add(problem);
                        }
                    });
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new DatasetException(file, "cannot read: permission denied");
        } catch (UnreadableException e) {
            throw new DatasetException(file, e.getMessage());
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read: " + e.getMessage());
        }
        if (!badLabels.isEmpty()) {
            BadLabel first = badLabels.get(0);
            String value = first.value().length() > 20 ? first.value().substring(0, 20) + "…" : first.value();
            throw new DatasetException(first.where(), "label must be 0 or 1, was '" + value + "'"
                    + (badLabels.size() > 1 ? " (and " + (badLabels.size() - 1) + " more rows)" : ""));
        }
        if (articles.isEmpty()) {
            throw new DatasetException(file, "no labelled article in it");
        }
        return new LabelledSet(file, articles, problems);
    }

    private record BadLabel(String where, String value) {
    }

    /** The article with its id made unique within the set ("a", "a~2"), since scores are keyed by id. */
    private static Article unique(Article a, Set<String> seen) {
        String id = a.id().isBlank() ? "article" : a.id().strip();
        String unique = id;
        for (int n = 2; !seen.add(unique); n++) {
            unique = id + "~" + n;
        }
        return unique.equals(a.id()) ? a
                : new Article(unique, a.title(), a.outlet(), a.date(), a.url(), a.body(), a.origin());
    }
}

package org.credence.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.credence.api.Article;

/**
 * Reads articles from files and folders in every format Credence knows (.txt, .json, .jsonl, .jsonl.gz, .html,
 * .htm, .csv), folders recursively in path order, hidden files and files of other formats in folders skipped.
 *
 * <p>A file that cannot be read yields one {@link ReadProblem} naming it and the reason, and the rest goes on.
 * Article ids are made unique across the batch ("report", "report~2") since rules and exports key on them.
 */
public final class ArticleReaders {

    /** Files read whole (all but JSON Lines, which streams) may be at most this large. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final List<ArticleReader> readers;

    public ArticleReaders() {
        this(ColumnMapping.defaults());
    }

    public ArticleReaders(ColumnMapping csvColumns) {
        readers = List.of(new PlainTextReader(), new JsonArticleReader(), new JsonLinesReader(), new HtmlArticleReader(),
                new CsvArticleReader(csvColumns));
    }

    /** Reads everything into memory. */
    public ReadResult read(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
            }
        });
        return new ReadResult(articles, problems);
    }

    /** Streams articles and problems to the sink, in input order. */
    public void read(List<Path> paths, ArticleSink sink) {
        UniqueIds ids = new UniqueIds(sink);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                readFolder(path, ids);
            } else {
                readFile(path, ids);
            }
        }
    }

    private void readFolder(Path folder, UniqueIds sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !isHidden(folder, p) && Files.isRegularFile(p) && readerFor(p).isPresent())
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.problem(new ReadProblem(folder.toString(), "cannot list the folder: " + reason(e)));
            return;
        }
        if (files.isEmpty()) {
            sink.problem(new ReadProblem(folder.toString(), "no article files (.txt, .json, .jsonl, .html, .csv) in it"));
        }
        files.forEach(f -> readFile(f, sink));
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, UniqueIds sink) {
        Optional<ArticleReader> reader = readerFor(file);
        if (reader.isEmpty()) {
            sink.problem(new ReadProblem(file.toString(),
                    "unknown format (expected .txt, .json, .jsonl, .jsonl.gz, .html, .htm or .csv)"));
            return;
        }
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!(reader.get() instanceof JsonLinesReader) && Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableException("larger than the limit of " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB for one file (" + Files.size(file) / (1024 * 1024) + " MB)");
            }
            reader.get().read(file, sink);
        } catch (UnreadableException e) {
            sink.problem(new ReadProblem(file.toString(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.problem(new ReadProblem(file.toString(), reason(e)));
        }
    }

    private Optional<ArticleReader> readerFor(Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof UncheckedIOException u) {
            return reason(u.getCause());
        }
        String m = e.getMessage();
        String first = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return e instanceof IOException ? "cannot read: " + first : "unreadable: " + first;
    }

    /** Passes articles on with ids made unique within the batch. */
    private static final class UniqueIds implements ArticleSink {
        private final ArticleSink next;
        private final Set<String> seen = new HashSet<>();

        UniqueIds(ArticleSink next) {
            this.next = next;
        }

        @Override
        public void article(Article a) {
            String id = a.id().isBlank() ? "article" : a.id().strip();
            String unique = id;
            for (int n = 2; !seen.add(unique); n++) {
                unique = id + "~" + n;
            }
            next.article(unique.equals(a.id()) ? a
                    : new Article(unique, a.title(), a.outlet(), a.date(), a.url(), a.body(), a.origin()));
        }

        @Override
        public void problem(ReadProblem problem) {
            next.problem(problem);
        }
    }
}

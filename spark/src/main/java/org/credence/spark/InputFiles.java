package org.credence.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.credence.api.Article;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.OneLine;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;

/**
 * The inputs of a run made readable by the engine's {@link ArticleReaders}, so that a URL is read exactly as the same
 * file on a local disk would be (same formats, ids, order and problems): a local path is taken as it is; a Hadoop
 * file system URL ({@code file:///...}, {@code hdfs://...}, any scheme Hadoop has a file system for), file or folder,
 * is copied to a local temporary folder with Hadoop's {@link FileSystem} API, and the articles and problems read from
 * the copy name the URL again. The temporary folder goes when this is closed.
 */
final class InputFiles implements AutoCloseable {

    /** A scheme of two letters or more then ":/": one letter is a Windows drive ("C:\..."), not a URL. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

    private final List<Path> paths;
    private final Map<String, ReadProblem> failed;
    private final Map<String, String> urlOfCopy;
    private final Path temp;

    private InputFiles(List<Path> paths, Map<String, ReadProblem> failed, Map<String, String> urlOfCopy, Path temp) {
        this.paths = List.copyOf(paths);
        this.failed = failed;
        this.urlOfCopy = urlOfCopy;
        this.temp = temp;
    }

    /** @return true when an input names a Hadoop file system URL rather than a local path */
    static boolean isUrl(String input) {
        return URL.matcher(input).matches();
    }

    /**
     * Local paths for the inputs, copying the URLs among them; a URL that cannot be copied is a problem naming it and
     * the reason, in its place among the inputs, and the others go on.
     */
    static InputFiles of(List<String> inputs, Configuration hadoop) throws IOException {
        Path temp = null;
        List<Path> paths = new ArrayList<>();
        Map<String, ReadProblem> failed = new LinkedHashMap<>();
        Map<String, String> urlOfCopy = new LinkedHashMap<>();
        for (String input : inputs) {
            if (!isUrl(input)) {
                paths.add(Path.of(input));
                continue;
            }
            if (temp == null) {
                temp = Files.createTempDirectory("credence-spark-inputs");
            }
            // one folder per URL, so two URLs ending in the same name do not meet
            Path copy = temp.resolve(Integer.toString(urlOfCopy.size())).resolve(nameOf(input));
            // a copy that failed stays in the list, absent, so that the reader reports it in its place
            paths.add(copy);
            urlOfCopy.put(copy.toString(), input.endsWith("/") ? input.substring(0, input.length() - 1) : input);
            try {
                copy(input, copy, hadoop);
            } catch (FileNotFoundException e) {
                failed.put(copy.toString(), new ReadProblem(input, "no such file"));
            } catch (IOException | RuntimeException e) {
                failed.put(copy.toString(), new ReadProblem(input, "cannot read: " + OneLine.of(e)));
            }
        }
        return new InputFiles(paths, failed, urlOfCopy, temp);
    }

    private static void copy(String url, Path local, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri(url));
        FileSystem fs = remote.getFileSystem(hadoop);
        if (!fs.exists(remote)) {
            throw new FileNotFoundException(url);
        }
        Files.createDirectories(local.getParent());
        // the raw local file system: no .crc files beside the copies, which the folder reader would meet
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
    }

    private static URI uri(String url) throws IOException {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IOException("not a URL: " + e.getMessage(), e);
        }
    }

    /** The last name of a URL's path ("articles.jsonl.gz"), or "input" for a URL of a file system's root. */
    static String nameOf(String url) {
        String path;
        try {
            path = new URI(url).getPath();
        } catch (URISyntaxException e) {
            path = url;
        }
        if (path == null) {
            path = "";
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "input" : name;
    }

    /** @return the local paths to read, in input order */
    List<Path> paths() {
        return paths;
    }

    /**
     * Reads every input as {@code credence score} does, articles and problems in input order, ids unique in the batch;
     * a URL that could not be copied is one problem with the reason the copy failed.
     */
    ReadResult read() {
        ReadResult read = new ArticleReaders().read(paths);
        List<ReadProblem> all = new ArrayList<>();
        read.problems().forEach(p -> all.add(failed.getOrDefault(p.location(),
                new ReadProblem(named(p.location()), p.reason()))));
        List<Article> articles = read.articles().stream()
                .map(a -> a.origin().isEmpty() ? a : new Article(a.id(), a.title(), a.outlet(), a.date(), a.url(),
                        a.body(), named(a.origin())))
                .toList();
        return new ReadResult(articles, all);
    }

    /** A location in a local copy named by its URL instead ("/tmp/x/0/news/a.txt" as "hdfs://h/news/a.txt"). */
    String named(String location) {
        for (Map.Entry<String, String> e : urlOfCopy.entrySet()) {
            String copy = e.getKey();
            if (location.equals(copy)) {
                return e.getValue();
            }
            if (!location.startsWith(copy)) {
                continue;
            }
            String rest = location.substring(copy.length());
            if (rest.startsWith(java.io.File.separator)) {
                return e.getValue() + rest.replace(java.io.File.separatorChar, '/');
            }
            if (!Character.isLetterOrDigit(rest.charAt(0))) {   // "copy.csv:12", "copy.jsonl line 3"
                return e.getValue() + rest;
            }
        }
        return location;
    }

    @Override
    public void close() {
        if (temp == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is the system's to clear; the run's results are written
        }
    }
}

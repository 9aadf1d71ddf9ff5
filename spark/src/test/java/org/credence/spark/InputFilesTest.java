package org.credence.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.credence.api.Article;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.ReadProblem;
import org.credence.engine.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inputs of a run: local paths as they are, Hadoop file system URLs copied and read as the same files on a local
 * disk would be (articles, ids, order), with every article and problem naming the URL.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: URL {1}")
    @CsvSource(delimiter = '|', value = {
        "news.jsonl                       | false",
        "/data/news/                      | false",
        "../shared/data/a.jsonl.gz        | false",
        "C:/news/a.txt                    | false",
        "C:\\news\\a.txt                  | false",
        "file:///data/news/a.txt          | true",
        "file:/data/news/a.txt            | true",
        "hdfs://namenode:8020/news/       | true",
        "s3a://bucket/news/2026.jsonl.gz  | true",
        "viewfs://cluster/news            | true",
    })
    void aUrlHasASchemeOfTwoLettersOrMore(String input, boolean url) {
        assertThat(InputFiles.isUrl(input)).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0} is copied as {1}")
    @CsvSource(delimiter = '|', value = {
        "hdfs://nn/news/2026.jsonl.gz | 2026.jsonl.gz",
        "hdfs://nn/news/              | news",
        "file:///tmp/a.txt            | a.txt",
        "hdfs://nn/                   | input",
    })
    void aCopyKeepsTheLastNameOfTheUrlSoTheReaderKnowsItsFormat(String url, String name) {
        assertThat(InputFiles.nameOf(url)).isEqualTo(name);
    }

    private Path folder() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("b.txt"), "Second\n\nThe council met on Monday.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("a.jsonl"), "{\"id\":\"x\",\"title\":\"One\",\"body\":\"It rained.\"}\n"
                + "{\"id\":\"x\",\"title\":\"Two\",\"body\":\"It snowed.\"}\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("broken.json"), "{not json", StandardCharsets.UTF_8);
        return news;
    }

    @Test
    void aFolderUrlReadsAsTheLocalFolderWithTheUrlInEveryOriginAndProblem() throws Exception {
        Path news = folder();
        ReadResult local = new ArticleReaders().read(List.of(news));
        String url = news.toUri().toString();
        try (InputFiles inputs = InputFiles.of(List.of(url), new Configuration())) {
            ReadResult read = inputs.read();
            assertThat(read.articles()).extracting(Article::id)
                    .containsExactlyElementsOf(local.articles().stream().map(Article::id).toList())
                    .contains("x", "x~2");
            assertThat(read.articles()).extracting(Article::body)
                    .containsExactlyElementsOf(local.articles().stream().map(Article::body).toList());
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            assertThat(read.articles()).extracting(Article::origin).allMatch(o -> o.startsWith(base + "/"));
            assertThat(read.problems()).extracting(ReadProblem::location).singleElement()
                    .satisfies(l -> assertThat(l).startsWith(base + "/broken.json"));
            assertThat(read.problems().get(0).reason()).isEqualTo(local.problems().get(0).reason());
        }
    }

    @Test
    void aLocalPathIsReadWhereItIs() throws Exception {
        Path news = folder();
        try (InputFiles inputs = InputFiles.of(List.of(news.toString()), new Configuration())) {
            assertThat(inputs.paths()).containsExactly(news);
            assertThat(inputs.read()).isEqualTo(new ArticleReaders().read(List.of(news)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "file:///no/such/news.jsonl | no such file",
        "nosuchfs://host/news.jsonl | cannot read: UnsupportedFileSystemException: No FileSystem for scheme \"nosuchfs\"",
    })
    void aUrlThatCannotBeCopiedIsOneProblemNamingItAndTheOthersGoOn(String url, String reason) throws Exception {
        Path news = folder();
        try (InputFiles inputs = InputFiles.of(List.of(url, news.toUri().toString()), new Configuration())) {
            ReadResult read = inputs.read();
            assertThat(read.problems().get(0)).isEqualTo(new ReadProblem(url, reason));
            assertThat(read.articles()).hasSize(3);
        }
    }

    @Test
    void problemsComeInInputOrderWhetherAPathOrAUrl() throws Exception {
        Path news = folder();
        List<String> inputs = List.of(dir.resolve("gone.txt").toString(), "file:///no/such/a.txt",
                news.toString(), "nosuchfs://h/b.txt", dir.resolve("gone.jsonl").toUri().toString());
        try (InputFiles files = InputFiles.of(inputs, new Configuration())) {
            assertThat(files.read().problems()).extracting(ReadProblem::location).containsExactly(
                    dir.resolve("gone.txt").toString(), "file:///no/such/a.txt", news.resolve("broken.json").toString(),
                    "nosuchfs://h/b.txt", dir.resolve("gone.jsonl").toUri().toString());
        }
    }

    @Test
    void theCopiesAreDeletedWhenTheRunEnds() throws Exception {
        Path news = folder();
        Path copy;
        try (InputFiles inputs = InputFiles.of(List.of(news.toUri().toString()), new Configuration())) {
            copy = inputs.paths().get(0);
            assertThat(copy).isDirectory().isNotEqualTo(news);
        }
        assertThat(copy).doesNotExist();
        assertThat(copy.getParent().getParent()).doesNotExist();
    }
}

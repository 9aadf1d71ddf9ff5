package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `credence score` of the seed story (../shared/seeds) writes a CSV that names each article by its headline (the
 * one without a headline by its opening words), explains the article scores with the whole-article findings, and
 * records before its header the profile it was made with: weights, rules switched off, and each bundled plugin's
 * version and SHA-256, equal to the jar's. Skipped where ../shared is absent.
 */
class SeedStoryCsvAcceptanceTest {

    @TempDir
    Path dir;

    @Test
    void theSeedStorysCsvNamesArticlesByHeadlineAndCarriesTheProfile() throws Exception {
        Path seeds = Distribution.requireShared("seeds");
        Path csv = dir.resolve("seeds.csv");
        Distribution.Run run = Distribution.credence("score", seeds.toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .build().parse(new StringReader(text)).getRecords();
        assertThat(rows).filteredOn(r -> r.get("article_id").startsWith("001")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("headline"))
                        .isEqualTo("40,000 Syrians Reportedly Signed Up to Fight for Russia Have yet to Arrive"));
        assertThat(rows).filteredOn(r -> r.get("article_id").startsWith("000")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("headline")).startsWith("Russia has enlisted over 40,000").endsWith("…"));
        assertThat(rows).as("the copied pair's whole-article finding explains their article scores")
                .filteredOn(r -> r.get("article_findings").startsWith("copied-content ("))
                .extracting(r -> r.get("article_id").substring(0, 3)).contains("000");

        List<String> profile = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertThat(profile).first().isEqualTo("# credence profile: default, baseline 70.0");
        assertThat(profile).contains("# credence switched off: none")
                .anySatisfy(l -> assertThat(l).startsWith("# credence weights: ").contains("copied-content=0.600"));
        List<Path> jars;
        try (var files = Files.list(Distribution.PLUGINS)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        assertThat(jars).hasSizeGreaterThanOrEqualTo(7);
        for (Path jar : jars) {
            assertThat(profile).as("the profile names %s with its checksum", jar.getFileName())
                    .anySatisfy(l -> assertThat(l).startsWith("# credence plugin: ").endsWith(" sha256 " + sha256(jar)));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

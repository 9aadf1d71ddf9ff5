package org.credence.evaluation.findings;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads findings files (JSON Lines, UTF-8, one finding per line; blank lines are skipped). A line that cannot be
 * used is reported as {@code FILE:LINE: reason} and the rest is read; so is a second line for a finding already
 * read (same article, claim, rule and explanation), which would otherwise count twice.
 */
public final class FindingsReader {

    /** A finding and where it was read: {@code FILE:LINE}. */
    public record Located(FindingRecord record, String where) {
    }

    /**
     * @param labelled   the findings with a label, in file order
     * @param unlabelled the findings drawn but not labelled yet
     * @param problems   one line per line (or file) that could not be used
     */
    public record Result(List<Located> labelled, List<Located> unlabelled, List<String> problems) {
        public Result {
            labelled = List.copyOf(labelled);
            unlabelled = List.copyOf(unlabelled);
            problems = List.copyOf(problems);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final FindingsJson format = new FindingsJson();

    public Result read(List<Path> files) {
        List<Located> labelled = new ArrayList<>();
        List<Located> unlabelled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String where = file + ":" + number;
                    FindingRecord record;
                    try {
                        record = format.fromJson(parse(line));
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": " + e.getMessage());
                        continue;
                    }
                    String first = seen.putIfAbsent(record.key(), where);
                    if (first != null) {
                        problems.add(where + ": the same finding as " + first
                                + " (article, claim, rule and explanation); left out");
                        continue;
                    }
                    (record.verdict().isPresent() ? labelled : unlabelled).add(new Located(record, where));
                }
            } catch (NoSuchFileException e) {
                problems.add(file + ": no such file");
            } catch (CharacterCodingException e) {
                problems.add(file + ": is not UTF-8 text");
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        return new Result(labelled, unlabelled, problems);
    }

    private JsonNode parse(String line) {
        try (JsonParser p = json.createParser(line)) {
            JsonNode node = json.readTree(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("not valid JSON: more than one value on the line");
            }
            return node;
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            throw new IllegalArgumentException("not valid JSON: " + (what == null ? "" : what.lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
    }
}

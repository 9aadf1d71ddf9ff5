package org.credence.engine.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lexicons the extractors use. Defaults ship inside the engine ({@code org/credence/engine/lexicon/NAME.json});
 * a folder of overrides, when given, replaces a default by a file of the same name, so a trainer can edit the word
 * lists without touching Java. Thread-safe; each lexicon is read once.
 */
public final class Lexicons {

    private static final String RESOURCE_DIR = "/org/credence/engine/lexicon/";
    private final ObjectMapper json = new ObjectMapper();
    private final Path overrides;
    private final Map<String, Lexicon> cache = new ConcurrentHashMap<>();

    private Lexicons(Path overrides) {
        this.overrides = overrides;
    }

    /** @return the lexicons shipped with the engine */
    public static Lexicons defaults() {
        return new Lexicons(null);
    }

    /** @return the shipped lexicons, with any file in {@code folder} replacing the default of the same name */
    public static Lexicons withOverrides(Path folder) {
        return new Lexicons(folder);
    }

    /**
     * @param name the lexicon's name, such as "cues" or "source-kinds"
     * @return the lexicon
     * @throws LexiconException when it is missing or malformed, naming the file and the reason
     */
    public Lexicon get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private Lexicon load(String name) {
        Optional<Path> file = Optional.ofNullable(overrides).map(d -> d.resolve(name + ".json")).filter(Files::isRegularFile);
        if (file.isPresent()) {
            try (InputStream in = Files.newInputStream(file.get())) {
                return parse(name, in, file.get().toString());
            } catch (IOException e) {
                throw new LexiconException(file.get() + ": cannot read lexicon: " + e.getMessage(), e);
            }
        }
        String resource = RESOURCE_DIR + name + ".json";
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LexiconException(resource + ": no such lexicon", null);
            }
            return parse(name, in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Lexicon parse(String name, InputStream in, String origin) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new LexiconException(origin + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode groups = root == null ? null : root.get("groups");
        if (groups == null || !groups.isObject()) {
            throw new LexiconException(origin + ": needs an object \"groups\" of phrase lists", null);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) {
                throw new LexiconException(origin + ": group \"" + e.getKey() + "\" must be a list of phrases", null);
            }
            List<String> phrases = new ArrayList<>();
            for (JsonNode p : e.getValue()) {
                if (!p.isTextual() || p.asText().isBlank()) {
                    throw new LexiconException(origin + ": group \"" + e.getKey() + "\" holds a non-text or blank entry", null);
                }
                phrases.add(p.asText().strip().toLowerCase(Locale.ROOT));
            }
            out.put(e.getKey(), List.copyOf(phrases));
        }
        JsonNode description = root.get("description");
        return new Lexicon(name, description == null ? "" : description.asText(), out, origin);
    }
}

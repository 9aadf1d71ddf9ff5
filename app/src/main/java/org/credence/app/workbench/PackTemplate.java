package org.credence.app.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A new rule pack for a trainer to edit, made from the example pack (docs/packs/classroom-basics.json): the same
 * rules under the new pack's id, their ids prefixed with it so they do not clash with the example's own.
 */
final class PackTemplate {

    private static final String RESOURCE = "/org/credence/app/workbench/packs/classroom-basics.json";
    private static final String EXAMPLE_ID = "classroom-basics";

    private PackTemplate() {
    }

    /** The id a pack named {@code name} gets: lower case, letters, digits and dashes. */
    static String idOf(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a pack's name needs at least one letter or digit");
        }
        return id;
    }

    /** The text of a new pack named {@code name}. */
    static String text(String name) throws IOException {
        String id = idOf(name);
        String template;
        try (InputStream in = PackTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the example pack is missing from this build (" + RESOURCE + ")");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template
                .replace("\"pack\": \"" + EXAMPLE_ID + "\"", "\"pack\": \"" + id + "\"")
                .replace("\"name\": \"Classroom basics\"", "\"name\": \"" + name.replace("\"", "'") + "\"")
                .replace("\"version\": \"1.0\"", "\"version\": \"0.1\"")
                .replace("\"id\": \"", "\"id\": \"" + id + "-")
                .replace("// An example rule pack:", "// Made from the example pack:");
    }
}

package org.credence.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.credence.api.Article;

/**
 * The distribution's example story (examples/copper-belt), built into the test kit: a news report, a
 * machine-paraphrased copy of it and a separate report that sets the claim against an official denial and an
 * activist's lower figure. It has a headline, figures, named, unnamed and anonymous sources, hedges, weasel
 * phrases, denials and a near-duplicate pair, so every bundled rule finds something in it.
 */
public final class SampleStory {

    /** The three reports, in the order the distribution lists them. */
    public static final List<String> IDS = List.of("01-coastal-ledger", "02-daily-wire-copy", "03-meridian-news");

    private SampleStory() {
    }

    /** The three reports as read from their .txt files: the first line is the headline. */
    public static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (String id : IDS) {
            out.add(read(id));
        }
        return out;
    }

    private static Article read(String id) {
        String resource = "sample/" + id + ".txt";
        try (InputStream in = SampleStory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the test kit lacks its resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            String[] parts = text.split("\n\n", 2);
            return new Article(id, parts[0].strip(), "", "", "", parts[1].strip(), "testkit:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

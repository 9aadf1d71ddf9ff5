package org.credence.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * An article as read from its source, before analysis. Absent metadata is the empty string, never null.
 *
 * @param id     an identifier unique within a corpus (file name, JSON id, row number...)
 * @param title  the headline, or empty
 * @param outlet the publication that ran it, or empty
 * @param date   the publication date as given (ISO 8601 where the source has one), or empty
 * @param url    where it was published, or empty
 * @param body   the article text without its headline
 * @param origin where Credence read it from (a file path, with a line or row where it applies)
 */
public record Article(String id, String title, String outlet, String date, String url, String body, String origin) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        outlet = Objects.requireNonNullElse(outlet, "");
        date = Objects.requireNonNullElse(date, "");
        url = Objects.requireNonNullElse(url, "");
        body = Objects.requireNonNullElse(body, "");
        origin = Objects.requireNonNullElse(origin, "");
    }

    /** @return an article with only an id and a body, as pasted text is */
    public static Article of(String id, String body) {
        return new Article(id, "", "", "", "", body, "");
    }

    /** @return an article with an id, a headline and a body */
    public static Article of(String id, String title, String body) {
        return new Article(id, title, "", "", "", body, "");
    }
}

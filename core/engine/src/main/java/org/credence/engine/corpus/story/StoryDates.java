package org.credence.engine.corpus.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.api.Article;

/**
 * The day an article was published, as a day number ({@link LocalDate#toEpochDay()}), or {@link #UNKNOWN}.
 * From the article's date field first; else from a dateline that opens the body ("Date: 14 March 2022",
 * "date 2022-03-14", "Published March 14, 2022"), which scraped pages often carry. A date in the text elsewhere
 * is not taken: it may be the date of anything the article mentions.
 *
 * <p>Dates are read as ISO 8601 (2022-03-14, with or without a time), month/day/year (3/14/2022, the US order
 * the news data sets use), "March 14, 2022" and "14 March 2022". Years outside 1900 to 2100 are taken for noise.
 */
public final class StoryDates {

    /** No date known. */
    public static final int UNKNOWN = Integer.MIN_VALUE;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern US = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?![\\d])");
    /** A dateline: a label, an optional colon, then the date, at the very start of the body. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:date|dated|published|posted|updated)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);

    private StoryDates() {
    }

    /** @return the article's day, or {@link #UNKNOWN} */
    public static int dayOf(Article article) {
        int day = parse(article.date().strip());
        if (day != UNKNOWN) {
            return day;
        }
        return datelineOf(article.body());
    }

    /** @return the day of a dateline that opens the text, or {@link #UNKNOWN} */
    static int datelineOf(String body) {
        String head = body.length() > 80 ? body.substring(0, 80) : body;
        Matcher m = DATELINE.matcher(head);
        return m.find() ? parse(head.substring(m.end())) : UNKNOWN;
    }

    /** @return the day of a date at the start of the text, or {@link #UNKNOWN} */
    static int parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = US.matcher(t);
        if (m.find()) {
            return day(m.group(3), m.group(1), m.group(2));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) {
            return day(m.group(3), MONTHS.get(m.group(1)).toString(), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) {
            return day(m.group(3), MONTHS.get(m.group(2)).toString(), m.group(1));
        }
        return UNKNOWN;
    }

    private static int day(String year, String month, String dayOfMonth) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) {
            return UNKNOWN;
        }
        try {
            return (int) LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(dayOfMonth)).toEpochDay();
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
    }
}

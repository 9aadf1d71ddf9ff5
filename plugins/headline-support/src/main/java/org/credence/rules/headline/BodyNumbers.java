package org.credence.rules.headline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number a text mentions, in whatever form it is written: digits ("1,995", "3-million", "$26.5 million",
 * "$21.6B"), words ("two", "nine", "a dozen"), fractions ("half", "two-thirds") and ratios ("nine out of 10", "one in
 * five", read as percentages). Headline support compares the headline's figure with these values, so "2" and "two",
 * "90 percent" and "nine out of 10", "$26M" and "$26.5 million" are the same statement (issue 15, item 3).
 */
final class BodyNumbers {

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("dozen", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("hundred", 100.0), Map.entry("zero", 0.0), Map.entry("none", 0.0));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "k", 1e3, "m", 1e6, "mn", 1e6, "bn", 1e9, "b", 1e9);
    private static final Map<String, Double> FRACTIONS = Map.of("half", 50.0, "a third", 100.0 / 3,
            "one-third", 100.0 / 3, "two-thirds", 200.0 / 3, "two thirds", 200.0 / 3, "a quarter", 25.0,
            "one-quarter", 25.0, "three-quarters", 75.0);
    private static final String WORD = "(?:" + String.join("|", WORDS.keySet()) + ")";
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:[\\s-]*(thousand|million|billion|trillion)"
                    + "\\b|(k|m|mn|bn|b)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "\\b(" + WORD + ")(?:[\\s-]+(" + WORD + "))?(?:[\\s-]+(thousand|million|billion|trillion))?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO = Pattern.compile(
            "\\b(\\d+|" + WORD + ")\\s+(?:out of|in)\\s+(\\d+|" + WORD + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION = Pattern.compile(
            "\\b(" + String.join("|", FRACTIONS.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);

    private BodyNumbers() {
    }

    /** The values of every number mentioned in the text; ratios and fractions also as percentages. */
    static List<Double> in(String text) {
        List<Double> out = new ArrayList<>();
        Matcher d = DIGITS.matcher(text);
        while (d.find()) {
            double v = Double.parseDouble(d.group(1).replace(",", ""));
            String scale = d.group(2) != null ? d.group(2) : d.group(3);
            out.add(scale == null ? v : v * SCALES.get(scale.toLowerCase(Locale.ROOT)));
        }
        Matcher w = WORD_NUMBER.matcher(text);
        while (w.find()) {
            double v = WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
            if (w.group(2) != null) {
                double second = WORDS.get(w.group(2).toLowerCase(Locale.ROOT));
                v = second == 100.0 ? v * 100 : v + second;   // "five hundred", "twenty five"
            }
            if (w.group(3) != null) {
                v *= SCALES.get(w.group(3).toLowerCase(Locale.ROOT));
            }
            out.add(v);
        }
        Matcher r = RATIO.matcher(text);
        while (r.find()) {
            double of = value(r.group(2));
            if (of > 0) {
                out.add(100 * value(r.group(1)) / of);   // "nine out of 10": 90 percent
            }
        }
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            out.add(FRACTIONS.get(f.group(1).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static double value(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return Character.isDigit(l.charAt(0)) ? Double.parseDouble(l) : WORDS.getOrDefault(l, 0.0);
    }
}

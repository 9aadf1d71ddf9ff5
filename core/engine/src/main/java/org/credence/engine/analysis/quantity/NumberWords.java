package org.credence.engine.analysis.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads numbers written as digits or words: "40,000", "1.5 million", "40k", "forty thousand", "a dozen". */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1),
            Map.entry("an", 1));

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("dozen", 12.0), Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("k", 1e3), Map.entry("m", 1e6),
            Map.entry("mn", 1e6), Map.entry("bn", 1e9), Map.entry("b", 1e9));

    /** Regex alternatives for the words above, longest first so "seventeen" wins over "seven". */
    static final String WORD = "(?:seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|eleven|twelve|twenty|"
            + "thirty|forty|fifty|sixty|seventy|eighty|ninety|three|seven|eight|zero|four|five|nine|one|two|six|ten)";
    static final String SCALE_WORD = "(?:dozen|hundred|thousand|million|billion|trillion)";

    private NumberWords() {
    }

    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "millions",
            "tens");

    /** Whether a single word can start or be part of a number phrase ("forty", "dozen", "thousands"). */
    static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return SMALL.containsKey(w) && !w.equals("a") && !w.equals("an") || SCALES.containsKey(w) || VAGUE.contains(w);
    }

    /** The value of a number phrase, or empty when it is not one. */
    static OptionalDouble parse(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace(",", "").strip();
        if (p.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (Character.isDigit(p.charAt(0))) {
            return parseDigits(p);
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String w : p.split("[\\s-]+")) {
            if (w.equals("and")) {
                continue;
            }
            Integer small = SMALL.get(w);
            Double scale = SCALES.get(w);
            if (small != null) {
                current += small;
                any = true;
            } else if (scale != null && !w.equals("k") && !w.equals("m") && !w.equals("b")) {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1e3) {
                    total += current;
                    current = 0;
                }
                any = true;
            } else {
                return OptionalDouble.empty();
            }
        }
        return any ? OptionalDouble.of(total + current) : OptionalDouble.empty();
    }

    private static OptionalDouble parseDigits(String p) {
        int i = 0;
        while (i < p.length() && (Character.isDigit(p.charAt(i)) || p.charAt(i) == '.')) {
            i++;
        }
        double value;
        try {
            value = Double.parseDouble(p.substring(0, i));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
        String rest = p.substring(i).strip();
        if (rest.isEmpty()) {
            return OptionalDouble.of(value);
        }
        Double scale = SCALES.get(rest);
        return scale == null ? OptionalDouble.empty() : OptionalDouble.of(value * scale);
    }
}

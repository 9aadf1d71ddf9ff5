package org.credence.rules.headline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.credence.api.Approximation;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Sentence;

/**
 * When a number of the body supports a headline's figure, and when a headline figure only counts the article's own
 * list. Headlines round ("$26M" for $26.5 million, "tops $400 billion" for $415.9 billion) and give floors ("at least
 * 130" when the body, updated, says 145), so support is a relation between values, not equality of strings.
 */
final class FigureSupport {

    /** Rounding a headline may do: within this share of the figure the body says the same. */
    static final double ROUNDING = 0.05;
    private static final Set<String> LIST_NOUNS = Set.of("things", "ways", "reasons", "questions", "takeaways",
            "lessons", "mistakes", "facts", "myths", "tips", "charts", "moments", "arguments", "signs", "steps",
            "ideas", "stories", "issues", "races", "numbers", "quotes", "keys", "points", "truths", "words", "rules",
            "winners", "losers", "options", "scenarios", "challenges", "problems");
    /** What follows a count that opens a headline and names a list: "of the worst", "people who", "bills that". */
    private static final Pattern LIST_OPENING = Pattern.compile("^\\s*(?:of the\\b|[\\w'\u2019-]+ (?:who|that|which)\\b)");
    /** A count told at another time (a toll that rose): within this share, the body is taken to tell the same. */
    static final double UPDATED_COUNT = 0.25;

    private FigureSupport() {
    }

    /** Whether the body value {@code v} says what the headline figure says. */
    static boolean supports(double v, Quantity q) {
        double low = q.low();
        double high = q.high();
        if (low == high && low == Math.rint(low) && Math.abs(low) < 1000 && Math.floor(Math.abs(v)) == Math.abs(low)) {
            return true;   // "drops 7%" over a body that says 7.4%: the headline gives the figure to the unit
        }
        if (q.kind() == QuantityKind.COUNT && v >= low * (1 - UPDATED_COUNT) && v <= high * (1 + UPDATED_COUNT)) {
            return true;   // "6 dead" over a body that, updated, says seven were killed
        }
        return switch (q.approximation()) {
            case AT_LEAST -> v >= low * (1 - ROUNDING);
            case AT_MOST -> v <= high * (1 + ROUNDING);
            case NEARLY -> v >= low * 0.8 && v <= high * (1 + ROUNDING);
            default -> v >= low * (1 - ROUNDING) && v <= high * (1 + ROUNDING);
        };
    }

    /** A vague amount: "thousands of ballots", "dozens of times", "millions of records". */
    static boolean isVague(Quantity q) {
        return q.approximation() == Approximation.ABOUT && q.low() != q.high();
    }

    /**
     * Whether the body supports a vague headline amount: it uses the same word ("millions of citizens" for "Millions
     * of records", "three dozen times" for "dozens of times") or gives a number at least as large ("at least 65,000"
     * for "thousands"; decision 0044). "Millions" over a body that counts 2,000 is still flagged.
     */
    static boolean vagueInBody(String text, Quantity q, String body, List<Double> bodyNumbers) {
        String word = text.substring(q.span().start(), q.span().end()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", " ").strip();
        String last = word.isEmpty() ? "" : word.substring(word.lastIndexOf(' ') + 1).replaceAll("s$", "");
        if (last.length() >= 4 && body.toLowerCase(Locale.ROOT).contains(last)) {
            return true;
        }
        return bodyNumbers.stream().anyMatch(v -> v >= q.low());
    }

    /** A year written with an apostrophe: "the worst day since '87". */
    static boolean isShortYear(String text, Quantity q) {
        int start = q.span().start();
        return start > 0 && "'\u2019".indexOf(text.charAt(start - 1)) >= 0;
    }

    /**
     * A count whose noun is a list's ("5 ways", "three questions to consider", "4 winners and 4 losers"), which is
     * followed by "to watch" or preceded by "these": it counts the article's parts, not anything in the world.
     */
    static boolean isListCount(String text, Sentence headline, Quantity q) {
        String noun = q.noun().toLowerCase(Locale.ROOT);
        String after = text.substring(q.span().end(), Math.min(headline.span().end(), q.span().end() + 60))
                .toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(headline.span().start(), q.span().start() - 7), q.span().start())
                .toLowerCase(Locale.ROOT);
        return LIST_NOUNS.contains(noun) || after.contains(" to watch") || after.contains(" to know")
                || before.strip().endsWith("these") || opensAList(text, headline, q, after);
    }

    /**
     * A count that opens the headline and names the article's own list: "6 Of The Worst Scandals", "The Four People
     * Who Will Decide" (decision 0044). "6 dead, 150 injured" opens a headline too, but names no list.
     */
    private static boolean opensAList(String text, Sentence headline, Quantity q, String after) {
        String opening = text.substring(headline.span().start(), q.span().start()).strip().toLowerCase(Locale.ROOT);
        return (opening.isEmpty() || opening.equals("the") || opening.equals("these")) && LIST_OPENING.matcher(after).find();
    }
}

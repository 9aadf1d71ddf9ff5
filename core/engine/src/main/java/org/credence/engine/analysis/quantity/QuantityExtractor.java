package org.credence.engine.analysis.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.api.Approximation;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;
import org.credence.engine.analysis.Extractor;
import org.credence.engine.analysis.TextUnit;

/**
 * Finds the figures a text states: counts, sums of money and percentages, with their bounds ("over 40,000" is at
 * least 40,000), how exact they claim to be, and the noun they count ("40,000 Syrian fighters" counts fighters).
 *
 * <p>Years, dates, durations, ages, times of day, ordinals and reference numbers are not figures anyone could check
 * against another report, so they are left out; see docs/decisions/0006-quantities.md.
 */
public final class QuantityExtractor implements Extractor<Quantity> {

    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "(?:\\s*(?:dozen|hundred|thousand|million|billion|trillion)\\b|(?:k|m|mn|bn|b)\\b)";
    private static final String WORDS = NumberWords.WORD + "(?:[\\s-]+(?:" + NumberWords.WORD + "|"
            + NumberWords.SCALE_WORD + "))*";
    private static final String NUMBER = "(?:(?:" + DIGITS + ")" + SCALE + "?|an?\\s+" + NumberWords.SCALE_WORD
            + "|" + WORDS + ")";
    private static final String CURRENCY = "(?:US\\$|\\$|€|£)";
    private static final String APPROX = "(?:more than|over|at least|upwards of|in excess of|nearly|almost|close to|"
            + "just under|just over|about|around|approximately|roughly|some|an estimated|estimated|up to|fewer than|"
            + "less than|at most|no more than|not more than|as many as|between|from)";
    private static final String PERCENT = "(?:\\s?%|\\s+per\\s?cent\\b)";
    private static final String VAGUE = "(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions)"
            + "(?=\\s+of\\b)";

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.,/:-])(?:(?<approx>" + APPROX + ")\\s+)?"
                    + "(?:(?<vague>" + VAGUE + ")|"
                    + "(?<cur1>" + CURRENCY + ")?(?<n1>" + NUMBER + ")(?![\\w$])(?<pct1>" + PERCENT + ")?"
                    + "(?:\\s*(?<sep>-|–|—|to|and)\\s*(?<cur2>" + CURRENCY + ")?(?<n2>" + NUMBER + ")(?![\\w$])"
                    + "(?<pct2>" + PERCENT + ")?)?(?<plus>\\+)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Pattern TIME_UNIT = Pattern.compile(
            "^[\\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|"
                    + "a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock|gmt\\b|utc\\b|:\\d)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "from", "until", "till", "of",
            "during", "early", "late", "mid", "before", "after", "around", "through", "throughout", "the", "year",
            "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> REFERENCE_WORDS = Set.of("page", "pages", "section", "article", "chapter",
            "paragraph", "no", "no.", "number", "route", "flight", "resolution", "room", "#", "episode", "season",
            "version", "grade", "level", "rank", "ranked", "act", "clause", "item", "line", "covid", "code", "ward",
            "district", "highway", "platform", "gate", "apartment", "suite", "volume", "vol", "vol.", "p.", "pp.",
            "day", "week", "phase", "stage", "category", "tier", "caption", "term", "title");
    /** Nouns that number a gallery's pictures ("Hide Caption 11 of 37 Photos"), not anything in the world. */
    private static final Set<String> PICTURE_NOUNS = Set.of("photo", "photos", "image", "images", "picture",
            "pictures", "slide", "slides", "video", "videos");
    private static final Set<String> MONEY_WORDS = Set.of("dollars", "dollar", "euros", "euro", "pounds", "rubles",
            "roubles", "lira", "liras", "yuan", "yen", "rupees", "usd", "eur", "gbp");
    private static final Set<String> PLURALS_WITHOUT_S = Set.of("people", "police", "personnel", "staff", "children",
            "men", "women", "cattle", "troops", "crew", "militia", "youth");
    private static final Set<String> NOUN_SKIPPABLE = Set.of("ADJ", "PROPN", "NUM", "PUNCT", "X");

    @Override
    public List<Quantity> extract(TextUnit unit) {
        List<Quantity> out = new ArrayList<>();
        String text = unit.text();
        for (Sentence sentence : unit.sentences()) {
            if (!mayHoldFigure(text, sentence)) {
                continue;   // most sentences have no digit and no number word: skip the expensive expression
            }
            Matcher m = FIGURE.matcher(text).region(sentence.span().start(), sentence.span().end());
            m.useTransparentBounds(true);
            while (m.find()) {
                read(text, sentence, m).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean mayHoldFigure(String text, Sentence sentence) {
        for (Token t : sentence.tokens()) {
            int start = t.span().start();
            char c = text.charAt(start);
            if (Character.isDigit(c) || c == '$' || c == '€' || c == '£') {
                return true;
            }
            if (Character.isLetter(c) && NumberWords.isNumberWord(t.span().in(text))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Quantity> read(String text, Sentence sentence, Matcher m) {
        String approxWord = lower(m.group("approx"));
        int start = m.start();
        if (m.group("vague") != null) {
            return vague(text, sentence, m, approxWord);
        }
        String n1Text = m.group("n1");
        OptionalDouble n1 = NumberWords.parse(n1Text);
        if (n1.isEmpty()) {
            return Optional.empty();
        }
        boolean between = "between".equals(approxWord) || "from".equals(approxWord);
        boolean hasSecond = m.group("n2") != null && (!"and".equalsIgnoreCase(m.group("sep")) || between);
        OptionalDouble n2 = hasSecond ? NumberWords.parse(m.group("n2")) : OptionalDouble.empty();
        if (hasSecond && (n2.isEmpty() || n2.getAsDouble() < n1.getAsDouble())) {
            if ("-".equals(m.group("sep")) && m.end("n1") == m.start("sep")) {
                return Optional.empty();   // "won 3-1": a score
            }
            hasSecond = false;   // "5 and 2": a list; keep the first number alone
            n2 = OptionalDouble.empty();
        }
        int end = hasSecond ? endOf(m, "pct2", "n2") : endOf(m, "pct1", "n1");
        if (m.group("plus") != null && end == m.start("plus")) {
            end = m.end("plus");
        }
        if (approxWord != null && ("from".equals(approxWord) && !hasSecond || "between".equals(approxWord) && !hasSecond)) {
            start = m.start("cur1") >= 0 ? m.start("cur1") : m.start("n1");
            approxWord = null;
        }
        String before = wordBefore(text, sentence, start);
        String after = text.substring(end, Math.min(sentence.span().end(), end + 12));
        boolean digits = Character.isDigit(n1Text.charAt(0));
        boolean currency = m.group("cur1") != null || m.group("cur2") != null;
        boolean percent = m.group("pct1") != null || m.group("pct2") != null;
        boolean plusSuffix = after.regionMatches(true, 0, "-plus", 0, 5);
        if (plusSuffix) {
            end += 5;   // "21,000-plus cases": at least 21,000
            after = text.substring(end, Math.min(sentence.span().end(), end + 12));
        }
        if (after.regionMatches(true, 0, " out of", 0, 7) || "of".equals(before) && wordBefore(text, sentence,
                start - 3).equals("out")) {
            return Optional.empty();   // "9 out of 10": a ratio, not a count of anything
        }
        if (!plusSuffix && after.length() > 1 && after.charAt(0) == '-' && Character.isLetter(after.charAt(1))
                && !currency) {
            return Optional.empty();   // "a 20-point gap", "a 5-storey block": the number describes, it counts nothing
        }
        if (!percent && !currency && TIME_UNIT.matcher(after).find() || MONTHS.contains(before) || startsWithMonth(after)
                || REFERENCE_WORDS.contains(before)) {
            return Optional.empty();
        }
        if (digits && !currency && !percent && !hasSecond && looksLikeYear(n1Text)) {
            // "In 2015", "the 2022 invasion", "2020 Democrats": a year, unless a bound says it counts ("over 2000
            // people"); news writes counts of thousands with a comma, so a bare year-like number is a year
            boolean counts = pluralNounFollows(text, sentence, end) && approxWord != null
                    && !YEAR_PREPOSITIONS.contains(before);
            if (!counts) {
                return Optional.empty();
            }
        }
        if (digits && hasSecond && looksLikeYear(n1Text) && looksLikeYear(m.group("n2"))) {
            return Optional.empty();   // "2014-2016" is a period
        }
        Noun noun = headNoun(text, sentence, end);
        if (percent && noun != null && TIME_UNIT.matcher(noun.word()).find()) {
            noun = null;   // "58 percent year to year": a rate over time, it counts no years
        }
        if (noun != null && !hasSecond && n1.getAsDouble() > 1 && !currency && !percent && isSingular(noun.word())) {
            return Optional.empty();   // "the 100 summit", "a 300 page": a name or a modifier, not a count
        }
        if (!digits && !currency && !percent && noun == null) {
            return Optional.empty();   // "one of them", "no one": a word number counts only something named
        }
        if (!digits && "no".equals(before)) {
            return Optional.empty();   // "no one"
        }
        if (noun != null && PICTURE_NOUNS.contains(noun.word())) {
            return Optional.empty();   // "Hide Caption 11 of 37 Photos": a picture's place in a gallery
        }
        if (FigureMood.negatedOrHypothetical(text, sentence, start)) {
            return Optional.empty();   // "we do not need 2,000 miles of wall", "if 500 troops were sent"
        }
        QuantityKind kind = percent ? QuantityKind.PERCENT
                : currency || noun != null && MONEY_WORDS.contains(noun.word()) ? QuantityKind.MONEY : QuantityKind.COUNT;
        String unit = switch (kind) {
            case PERCENT -> "%";
            case MONEY -> currencyUnit(m.group("cur1") != null ? m.group("cur1") : m.group("cur2"), noun);
            default -> "";
        };
        Approximation approximation = hasSecond ? Approximation.RANGE
                : approximation(approxWord, m.group("plus") != null || plusSuffix);
        double low = n1.getAsDouble();
        double high = hasSecond ? n2.getAsDouble() : low;
        if (kind == QuantityKind.MONEY && noun != null && MONEY_WORDS.contains(noun.word())) {
            noun = null;   // "500 dollars" counts money, not dollars as things
        }
        int number = m.start("cur1") >= 0 ? m.start("cur1") : m.start("n1");   // the qualifier ends here
        return Optional.of(new Quantity(new Span(start, end), new Span(number, end), low, high, approximation, kind,
                unit, noun == null ? "" : noun.word(), noun == null ? Span.EMPTY : noun.span()));
    }

    private Optional<Quantity> vague(String text, Sentence sentence, Matcher m, String approxWord) {
        String word = lower(m.group("vague"));
        double low;
        double high;
        switch (word) {
            case "dozens" -> { low = 24; high = 99; }
            case "hundreds" -> { low = 200; high = 999; }
            case "thousands" -> { low = 2_000; high = 9_999; }
            case "tens of thousands" -> { low = 20_000; high = 99_999; }
            case "hundreds of thousands" -> { low = 200_000; high = 999_999; }
            default -> { low = 2_000_000; high = 9_999_999; }
        }
        int end = m.end("vague");
        Noun noun = headNoun(text, sentence, end);
        Approximation approximation = approxWord == null ? Approximation.ABOUT : approximation(approxWord, false);
        return Optional.of(new Quantity(new Span(m.start(), end), new Span(m.start("vague"), end), low, high,
                approximation, QuantityKind.COUNT, "", noun == null ? "" : noun.word(),
                noun == null ? Span.EMPTY : noun.span()));
    }

    private static Approximation approximation(String word, boolean plus) {
        if (plus) {
            return Approximation.AT_LEAST;
        }
        if (word == null) {
            return Approximation.EXACT;
        }
        return switch (word) {
            case "more than", "over", "at least", "upwards of", "in excess of", "just over" -> Approximation.AT_LEAST;
            case "nearly", "almost", "close to", "just under" -> Approximation.NEARLY;
            case "up to", "fewer than", "less than", "at most", "no more than", "not more than", "as many as" ->
                    Approximation.AT_MOST;
            default -> Approximation.ABOUT;
        };
    }

    private static String currencyUnit(String sign, Noun noun) {
        if (sign != null) {
            return switch (sign) {
                case "€" -> "EUR";
                case "£" -> "GBP";
                default -> "USD";
            };
        }
        String w = noun == null ? "" : noun.word();
        if (w.startsWith("euro") || w.equals("eur")) {
            return "EUR";
        }
        if (w.startsWith("pound") || w.equals("gbp")) {
            return "GBP";
        }
        if (w.startsWith("rub") || w.startsWith("roub")) {
            return "RUB";
        }
        return w.startsWith("dollar") || w.equals("usd") ? "USD" : w.toUpperCase(Locale.ROOT);
    }

    /** The noun the figure counts: the first noun after it, past adjectives and "of" ("thousands of Syrian fighters"). */
    private static Noun headNoun(String text, Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        int i = firstTokenAt(tokens, from);
        Token lastProper = null;
        int seen = 0;
        while (i < tokens.size() && seen < 5) {
            Token t = tokens.get(i);
            String word = lower(t.span().in(text));
            String tag = t.tag();
            if ("NOUN".equals(tag) || MONEY_WORDS.contains(word)) {
                Token last = t;
                while (i + 1 < tokens.size() && !MONEY_WORDS.contains(word)
                        && ("NOUN".equals(tokens.get(i + 1).tag())
                        || PLURALS_WITHOUT_S.contains(lower(tokens.get(i + 1).span().in(text))))) {
                    last = tokens.get(++i);   // "oil workers": the head is the last noun of the compound
                }
                return new Noun(lower(last.span().in(text)), last.span());
            }
            boolean participle = "VERB".equals(tag) && word.endsWith("ed") && i + 1 < tokens.size()
                    && "NOUN".equals(tokens.get(i + 1).tag());   // "21,000 confirmed cases"
            if (word.equals("of") || word.equals("the") && seen > 0 || word.equals("more") || word.equals("additional")
                    || word.equals("-") || participle) {
                i++;
                seen++;
                continue;
            }
            if (!NOUN_SKIPPABLE.contains(tag) || "PUNCT".equals(tag) || "NUM".equals(tag)
                    || Character.isDigit(word.charAt(0))) {
                break;   // another number starts another figure
            }
            if ("PROPN".equals(tag)) {
                lastProper = t;
            }
            i++;
            seen++;
        }
        if (lastProper != null && lower(lastProper.span().in(text)).endsWith("s")) {
            return new Noun(lower(lastProper.span().in(text)), lastProper.span());   // "40,000 Russians"
        }
        return null;
    }

    private static boolean isSingular(String noun) {
        return !noun.endsWith("s") && !PLURALS_WITHOUT_S.contains(noun) && !MONEY_WORDS.contains(noun)
                && !noun.endsWith("men") && !noun.equals("people");
    }

    private static boolean pluralNounFollows(String text, Sentence sentence, int from) {
        Noun noun = headNoun(text, sentence, from);
        return noun != null && (noun.word().endsWith("s") || PLURALS_WITHOUT_S.contains(noun.word()));
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String wordBefore(String text, Sentence sentence, int offset) {
        int e = offset;
        int min = sentence.span().start();
        while (e > min && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > min && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return lower(text.substring(s, e)).replaceAll("[,;:()\"“”]", "");
    }

    private static boolean startsWithMonth(String after) {
        String w = after.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < w.length() && Character.isLetter(w.charAt(end))) {
            end++;
        }
        return end > 0 && MONTHS.contains(w.substring(0, end)) && !w.substring(0, end).equals("may");
    }

    private static boolean looksLikeYear(String n) {
        if (n.length() != 4 || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int v = Integer.parseInt(n);
        return v >= 1800 && v <= 2100;
    }

    private static int endOf(Matcher m, String optional, String required) {
        return m.group(optional) != null ? m.end(optional) : m.end(required);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private record Noun(String word, Span span) {
    }
}

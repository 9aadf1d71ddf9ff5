package org.credence.engine.rulepack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An explanation with placeholders in braces, filled in from what a rule found in the claim:
 * {@code {phrase}}, {@code {cue}}, {@code {source}}, {@code {kind}}, {@code {quantity}}, {@code {noun}},
 * {@code {claim}}.
 *
 * @param text the template as written
 */
public record ExplanationTemplate(String text) {

    /** The placeholders a template may use, with what each stands for (shown when one is misspelt). */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "phrase", "the phrase of 'phrases' found in the claim",
            "cue", "the words of the cue found (\"reportedly\")",
            "source", "who the claim is attributed to, by name",
            "kind", "the kind of that source, in words (\"an activist\")",
            "quantity", "the figure as written (\"over 40,000\")",
            "noun", "what the figure counts (\"fighters\")",
            "claim", "the claim's sentence, shortened");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** @return the placeholders used that do not exist, in order; empty when the template is valid */
    public List<String> unknownPlaceholders() {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** @return the placeholders used */
    public Set<String> used() {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    /** @return the text with each placeholder replaced by its value ("" where there is none) */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s{2,}", " ").strip();
    }
}

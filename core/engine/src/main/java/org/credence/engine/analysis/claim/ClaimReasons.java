package org.credence.engine.analysis.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credence.engine.model.LinearModel.Contribution;

/**
 * Turns the check-worthiness model's contributions to one sentence into the few reasons a reader can weigh: the
 * features are grouped by what they say (a figure, a source, a comparison, names, a cue, the wording), each group's
 * contributions are summed, and the groups that push the sentence furthest towards a claim are named, strongest
 * first. For the wording group, the words that weigh most are quoted.
 */
public final class ClaimReasons {

    /** At most this many reasons per claim. */
    public static final int MAX = 3;

    static final String FIGURE = "states a figure";
    static final String SOURCE = "names a source";
    static final String COMPARATIVE = "comparative";
    static final String NAMES = "names people, places or bodies";
    static final String DENIAL = "reports a denial";
    static final String HEDGED = "hedged";
    static final String UNPROVEN = "says it is unproven";
    static final String LENGTH = "a full statement";

    /** Words that compare: the model learns how much they weigh, this list only says which reason they belong to. */
    private static final Set<String> COMPARING = Set.of("than", "more", "less", "fewer", "most", "least", "higher",
            "lower", "highest", "lowest", "larger", "largest", "bigger", "biggest", "greater", "greatest", "better",
            "worse", "best", "worst", "twice", "double", "doubled", "half", "tripled", "increase", "increased",
            "decrease", "decreased", "rose", "fell", "cut", "raised", "up", "down");

    private ClaimReasons() {
    }

    /** @return at most {@link #MAX} reasons, strongest first; only groups that push towards a claim */
    public static List<String> of(List<Contribution> contributions) {
        Map<String, Double> byReason = new LinkedHashMap<>();
        Map<String, Double> words = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            String reason = reasonOf(c.feature());
            byReason.merge(reason, c.amount(), Double::sum);
            if (reason.equals(WORDING) && c.amount() > 0 && !c.feature().startsWith(ENDING)) {
                words.merge(c.feature().substring(2), c.amount(), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(byReason.entrySet());
        ranked.removeIf(e -> e.getValue() <= 0);
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<String> out = new ArrayList<>(MAX);
        for (Map.Entry<String, Double> e : ranked.subList(0, Math.min(MAX, ranked.size()))) {
            out.add(e.getKey().equals(WORDING) ? wording(words) : e.getKey());
        }
        return out;
    }

    private static final String WORDING = "wording";

    /** Word endings ("s=ing") weigh in the wording group but are not quoted: "ing" is no word a reader checks. */
    private static final String ENDING = "s=";

    private static String wording(Map<String, Double> words) {
        if (words.isEmpty()) {
            return "wording of checked claims";
        }
        List<String> top = words.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(e -> "\"" + e.getKey().replace("<s> ", "").replace(" </s>", "") + "\"").toList();
        return "wording of checked claims (" + String.join(", ", top) + ")";
    }

    static String reasonOf(String feature) {
        if (feature.startsWith("fig")) {
            return FIGURE;
        }
        if (feature.startsWith("src")) {
            return SOURCE;
        }
        if (feature.startsWith("caps=")) {
            return NAMES;
        }
        if (feature.startsWith("len=")) {
            return LENGTH;
        }
        if (feature.startsWith("cue=")) {
            String type = feature.substring(4);
            return switch (type) {
                case "DENIAL" -> DENIAL;
                case "NO_EVIDENCE", "UNVERIFIED" -> UNPROVEN;
                default -> HEDGED;
            };
        }
        if (feature.startsWith("w=") || feature.startsWith("b=")) {
            String words = feature.substring(2);
            if (words.indexOf('0') >= 0) {
                return FIGURE;
            }
            for (String w : words.split(" ")) {
                if (COMPARING.contains(w)) {
                    return COMPARATIVE;
                }
            }
        }
        return WORDING;
    }

    static Comparator<Contribution> strongestFirst() {
        return Comparator.comparingDouble(Contribution::amount).reversed();
    }
}

package org.credence.engine.rulepack;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credence.api.Quantity;
import org.credence.api.QuantityKind;

/**
 * A figure a pack rule looks for.
 *
 * @param kinds   what it counts (COUNT, MONEY, PERCENT); empty: any
 * @param atLeast the smallest value that qualifies, or null for no lower limit
 * @param atMost  the largest value that qualifies, or null for no upper limit
 * @param nouns   head nouns it may count ("fighters"; a singular also matches its plural); empty: any
 */
public record QuantityCondition(Set<QuantityKind> kinds, Double atLeast, Double atMost, List<String> nouns) {

    public QuantityCondition {
        kinds = Set.copyOf(kinds);
        nouns = nouns.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** @return true when the figure qualifies; its value is the stated number, or the middle of a range */
    public boolean test(Quantity q) {
        if (!kinds.isEmpty() && !kinds.contains(q.kind())) {
            return false;
        }
        if (atLeast != null && q.value() < atLeast || atMost != null && q.value() > atMost) {
            return false;
        }
        return nouns.isEmpty() || nouns.stream().anyMatch(n -> sameNoun(n, q.noun()));
    }

    private static boolean sameNoun(String wanted, String found) {
        return found.equals(wanted) || found.equals(wanted + "s") || found.equals(wanted + "es")
                || wanted.endsWith("y") && found.equals(wanted.substring(0, wanted.length() - 1) + "ies");
    }
}

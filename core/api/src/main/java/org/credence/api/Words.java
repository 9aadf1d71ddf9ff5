package org.credence.api;

import java.util.Locale;

/** What rules that compare wording need of words, said once so that every rule cuts words the same way. */
public final class Words {

    /** Letters kept of a stem: enough to tell "recruit" from "record", few enough that "Syria" meets "Syrian". */
    public static final int STEM_LENGTH = 5;

    private static final String[] SUFFIXES = {"ing", "ed", "al", "ly", "ions", "ion", "ment"};

    private Words() {
    }

    /**
     * A crude stem, so that forms of one word meet: lower case, the plural undone ("casualties" to "casualty",
     * "forces" to "force"), one common ending cut while four letters remain ("-ing", "-ed", "-al", "-ly", "-ion(s)",
     * "-ment"), then at most {@value #STEM_LENGTH} letters: "arrived", "arrival", "arriving" and "arrives" all give
     * "arriv"; "recruits", "recruiting" and "recruitment" give "recru".
     */
    public static String stem(String word) {
        String w = singular(word.toLowerCase(Locale.ROOT));
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
    }

    /**
     * A crude singular of a lower-case word: "fighters" to "fighter", "casualties" to "casualty", "witnesses" to
     * "witness", "personnel" kept; and "denied" to "deny", so that a past tense meets its present.
     */
    public static String singular(String w) {
        if ((w.endsWith("ies") || w.endsWith("ied")) && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

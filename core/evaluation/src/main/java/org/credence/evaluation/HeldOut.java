package org.credence.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.credence.evaluation.datasets.SzegedSentence;

/**
 * The parts of the training data sets that the shipped models are never trained on, so that {@code credence eval}
 * (and CI, through {@code --fast}) measures them on text they have not seen. Fixed in advance, not chosen by how
 * the models did on them: for ClaimBuster the 2,000 sentences spread evenly over the file that the fast slice has
 * always taken; for Szeged every fifth Wikipedia article in file order, with all its sentences. CheckThat! is not
 * trained on at all (docs/models.md), so all its debates are held out.
 */
public final class HeldOut {

    /** ClaimBuster sentences held out, spread evenly over the file. */
    public static final int CLAIMBUSTER_SENTENCES = 2000;
    /** One Szeged article in this many is held out. */
    public static final int SZEGED_EVERY = 5;

    private HeldOut() {
    }

    /** @return the positions (in file order) of the held-out ClaimBuster sentences, of a file of {@code size} */
    public static TreeSet<Integer> claimBuster(int size) {
        TreeSet<Integer> out = new TreeSet<>();
        if (size <= CLAIMBUSTER_SENTENCES) {
            return out;   // a file this small is not the data set; nothing is set aside
        }
        for (int i = 0; i < CLAIMBUSTER_SENTENCES; i++) {
            out.add((int) ((long) i * size / CLAIMBUSTER_SENTENCES));
        }
        return out;
    }

    /** @return for each sentence, whether its article is held out */
    public static boolean[] szeged(List<SzegedSentence> sentences) {
        Map<String, Integer> docOrder = new LinkedHashMap<>();
        for (SzegedSentence s : sentences) {
            docOrder.putIfAbsent(s.docId(), docOrder.size());
        }
        boolean[] out = new boolean[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = docOrder.get(sentences.get(i).docId()) % SZEGED_EVERY == 0;
        }
        return out;
    }

    /** @return the items at the chosen positions, or not at them */
    static <T> List<T> pick(List<T> items, java.util.function.IntPredicate keep) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (keep.test(i)) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}

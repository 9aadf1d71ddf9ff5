package org.credence.engine.corpus.story;

import java.io.Serializable;

/**
 * How many summaries hold each feature: an open-addressing table of int keys to int counts, since a corpus of tens
 * of thousands of articles has about a million distinct features and boxed maps would cost ten times the memory.
 * Filled once, then read from any thread.
 */
final class DocumentFrequencies implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int EMPTY = 0;
    private int[] keys;
    private int[] counts;
    private boolean hasZero;
    private int zeroCount;
    private int size;
    private final int documents;

    private DocumentFrequencies(int expected, int documents) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        counts = new int[capacity];
        this.documents = documents;
    }

    /** Counts each feature of each summary once. */
    static DocumentFrequencies of(Iterable<StorySummary> summaries, int documents) {
        DocumentFrequencies df = new DocumentFrequencies(documents * 16, documents);
        for (StorySummary s : summaries) {
            df.addAll(s.namesView());
            df.addAll(s.termsView());
            df.addAll(s.figuresView());
            df.addAll(s.sketchView());
        }
        return df;
    }

    /** @return the number of summaries counted */
    int documents() {
        return documents;
    }

    /** @return the number of summaries that hold the feature (0 for one never seen) */
    int of(int feature) {
        if (feature == EMPTY) {
            return hasZero ? zeroCount : 0;
        }
        int mask = keys.length - 1;
        for (int i = mix(feature) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == feature) {
                return counts[i];
            }
            if (keys[i] == EMPTY) {
                return 0;
            }
        }
    }

    private void addAll(int[] features) {
        for (int f : features) {
            add(f);
        }
    }

    private void add(int feature) {
        if (feature == EMPTY) {
            hasZero = true;
            zeroCount++;
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(feature) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == feature) {
                counts[i]++;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = feature;
                counts[i] = 1;
                size++;
                return;
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "DocumentFrequencies[" + size + " features over " + documents + " documents, table "
                + keys.length + "]";
    }
}

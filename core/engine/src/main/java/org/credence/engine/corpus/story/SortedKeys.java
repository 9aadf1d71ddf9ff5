package org.credence.engine.corpus.story;

/**
 * Search in a sorted array of (key, article) pairs packed in longs, the compact index that story grouping and
 * rewrite detection use where a map of boxed pairs would not fit a small heap.
 */
public final class SortedKeys {

    private SortedKeys() {
    }

    /** @return the first position whose entry is not below the key ({@code sorted.length} when none) */
    public static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

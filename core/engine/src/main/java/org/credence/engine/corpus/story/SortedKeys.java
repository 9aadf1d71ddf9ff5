package org.credence.engine.corpus.story;

import java.util.Arrays;

/**
 * Search in a sorted array of (key, article) pairs packed in longs, the compact index that story grouping and
 * rewrite detection use where a map of boxed pairs would not fit a small heap.
 */
public final class SortedKeys {

    private SortedKeys() {
    }

    /**
     * The index of keys by article: each article's keys packed with its position as (key, article) longs, sorted, so
     * an article's partners under a key are one {@link #lowerBound} away. Keys are compared as signed ints.
     *
     * @param keysByArticle each article's keys, by position
     */
    public static long[] index(int[][] keysByArticle) {
        int total = 0;
        for (int[] keys : keysByArticle) {
            total += keys.length;
        }
        long[] entries = new long[total];
        int k = 0;
        for (int i = 0; i < keysByArticle.length; i++) {
            for (int key : keysByArticle[i]) {
                entries[k++] = ((long) key << 32) | i;
            }
        }
        Arrays.sort(entries);
        return entries;
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

package org.credence.engine.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A run cut into parts that can be judged one at a time: each part names the articles rules judge in it (its core)
 * and the articles it loads (the core and all they reach, {@link CorpusIndex#reach}). Every article is in the core of
 * exactly one part, so the findings of all parts together are those of the whole run.
 *
 * <p>Articles that reach one another (a story, its copies, linked figures) form a component; whole components are
 * packed into parts of at most {@code window} loaded articles, in the order of their first article. A component
 * larger than the window is cut, story by story, into parts that each load their core's reach: such a part loads
 * more than the window when one story alone is larger, since its rules must see the whole story. Immutable,
 * serialisable.
 */
public final class CorpusParts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[][] cores;
    private final int[][] loads;

    private CorpusParts(List<int[]> cores, List<int[]> loads) {
        this.cores = cores.toArray(int[][]::new);
        this.loads = loads.toArray(int[][]::new);
    }

    /** Cuts the articles of an index into parts of about {@code window} loaded articles at the most. */
    public static CorpusParts of(CorpusIndex index, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        int n = index.size();
        int[][] reach = new int[n][];
        int[] component = IntStream.range(0, n).toArray();
        for (int i = 0; i < n; i++) {
            reach[i] = index.reach(i);
            for (int j : reach[i]) {
                union(component, i, j);
            }
        }
        List<List<Integer>> components = new ArrayList<>();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        for (int i = 0; i < n; i++) {
            int root = find(component, i);
            if (slot[root] < 0) {
                slot[root] = components.size();
                components.add(new ArrayList<>());
            }
            components.get(slot[root]).add(i);
        }
        List<int[]> cores = new ArrayList<>();
        List<int[]> loads = new ArrayList<>();
        List<Integer> core = new ArrayList<>();
        for (List<Integer> members : components) {
            if (members.size() > window) {
                flush(core, cores, loads, reach);
                cut(members, index, reach, window, cores, loads);
                continue;
            }
            if (core.size() + members.size() > window) {
                flush(core, cores, loads, reach);
            }
            core.addAll(members);
        }
        flush(core, cores, loads, reach);
        return new CorpusParts(cores, loads);
    }

    /** A component larger than the window: its articles by story, in parts whose loads stay near the window. */
    private static void cut(List<Integer> members, CorpusIndex index, int[][] reach, int window, List<int[]> cores,
                            List<int[]> loads) {
        List<Integer> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((Integer i) -> index.stories().storyOf(index.id(i))).thenComparing(i -> i));
        List<Integer> core = new ArrayList<>();
        BitSet loaded = new BitSet();
        for (int i : ordered) {
            BitSet with = (BitSet) loaded.clone();
            for (int j : reach[i]) {
                with.set(j);
            }
            if (!core.isEmpty() && with.cardinality() > window) {
                flush(core, cores, loads, reach);
                loaded.clear();
                with.clear();
                for (int j : reach[i]) {
                    with.set(j);
                }
            }
            core.add(i);
            loaded = with;
        }
        flush(core, cores, loads, reach);
    }

    private static void flush(List<Integer> core, List<int[]> cores, List<int[]> loads, int[][] reach) {
        if (core.isEmpty()) {
            return;
        }
        BitSet loaded = new BitSet();
        for (int i : core) {
            for (int j : reach[i]) {
                loaded.set(j);
            }
        }
        cores.add(core.stream().mapToInt(Integer::intValue).sorted().toArray());
        loads.add(loaded.stream().toArray());
        core.clear();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** @return how many parts */
    public int count() {
        return cores.length;
    }

    /** @return the articles rules judge in a part, sorted positions */
    public int[] core(int part) {
        return cores[part].clone();
    }

    /** @return the articles a part loads (its core included), sorted positions */
    public int[] loads(int part) {
        return loads[part].clone();
    }

    /** @return the largest number of articles a part loads */
    public int largestLoad() {
        return Arrays.stream(loads).mapToInt(l -> l.length).max().orElse(0);
    }
}

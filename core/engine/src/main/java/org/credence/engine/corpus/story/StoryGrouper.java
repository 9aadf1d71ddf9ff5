package org.credence.engine.corpus.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories from their summaries alone.
 *
 * <ol>
 *   <li>Copies (near-duplicate groups) are joined first: they are one story by definition, and one origin, counted
 *       once below.</li>
 *   <li>Document frequencies of every name, term and figure over the summaries of the origins.</li>
 *   <li>Blocking: each article offers its {@code blockingKeys} rarest features held by at least one other article and
 *       by at most {@code maxKeyArticles}; articles that offer the same key are candidate pairs. The work is at most
 *       articles x keys x maxKeyArticles, linear in the corpus, never all pairs.</li>
 *   <li>Each candidate pair is scored by {@link StorySimilarity}; pairs at or above the threshold are joined, the
 *       strongest first, while the story they make stays within the date span and cohesive.</li>
 *   <li>An article still alone joins the story of its closest candidate of the same or the next day that scores at
 *       least {@value #ATTACH} of the threshold.</li>
 *   <li>Joined articles form a story (union-find); its id is the smallest article id in it.</li>
 * </ol>
 * The summaries are sorted by article id first, so the stories do not depend on the order articles came in, nor on
 * how they were split between threads or machines. Stateless and thread-safe.
 */
public final class StoryGrouper {

    private final StorySettings settings;

    public StoryGrouper(StorySettings settings) {
        this.settings = settings;
    }

    public StoryGrouper() {
        this(StorySettings.DEFAULTS);
    }

    /**
     * @param summaries one per article, in any order; article ids must be unique
     * @param copies    groups of article ids that are copies of one another (each becomes part of one story)
     */
    public Stories group(Collection<StorySummary> summaries, Collection<? extends Collection<String>> copies) {
        StorySummary[] byId = summaries.toArray(StorySummary[]::new);
        Arrays.sort(byId, Comparator.comparing(StorySummary::articleId));
        Map<String, Integer> index = new HashMap<>(byId.length * 2);
        for (int i = 0; i < byId.length; i++) {
            if (index.put(byId[i].articleId(), i) != null) {
                throw new IllegalArgumentException("two summaries of article " + byId[i].articleId());
            }
        }
        Components sets = new Components(byId);
        for (Collection<String> group : copies) {
            int first = -1;
            for (String id : group) {
                Integer i = index.get(id);
                if (i == null) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                } else {
                    sets.union(first, i);
                }
            }
        }
        // copies are one origin: counted once in the frequencies and offered once for blocking, else the features
        // two copies share would fill both their blocking keys and hide every other report of their story
        List<StorySummary> origins = new ArrayList<>();
        List<Integer> originIndex = new ArrayList<>();
        for (int i = 0; i < byId.length; i++) {
            if (sets.find(i) == i) {
                origins.add(byId[i]);
                originIndex.add(i);
            }
        }
        DocumentFrequencies df = DocumentFrequencies.of(origins, origins.size());
        StorySimilarity similarity = new StorySimilarity(df, settings);
        List<Edge> verified = new ArrayList<>();
        List<Edge> weak = new ArrayList<>();
        int candidates = forEachCandidate(origins.toArray(StorySummary[]::new), df, (x, y) -> {
            int a = originIndex.get(x);
            int b = originIndex.get(y);
            double score = similarity.score(byId[a], byId[b]);
            if (score >= settings.threshold()) {
                verified.add(new Edge(score, a, b));
            } else if (score >= ATTACH * settings.threshold() && sameOrNextDay(byId[a], byId[b])) {
                weak.add(new Edge(score, a, b));
            }
        });
        verified.sort(null);
        for (Edge e : verified) {
            if (sets.find(e.a()) != sets.find(e.b()) && mayJoin(sets, e, byId, similarity)) {
                sets.union(e.a(), e.b());
            }
        }
        // an article still alone joins the story of its closest report of the same or the next day, if close enough:
        // one outlet's opinion-heavy telling of an event shares less with the others than they share with each other
        weak.sort(null);
        for (Edge e : weak) {
            int ra = sets.find(e.a());
            int rb = sets.find(e.b());
            if (ra != rb && (sets.members(ra).size() == 1 || sets.members(rb).size() == 1)
                    && sets.span(ra, rb) <= settings.maxGapDays()) {
                sets.union(e.a(), e.b());
            }
        }
        String[] storyOf = new String[byId.length];
        for (int i = 0; i < byId.length; i++) {
            storyOf[i] = byId[sets.find(i)].articleId();   // the root is the smallest index: the smallest id
        }
        Map<String, StorySummary> summaryOf = new HashMap<>(byId.length * 2);
        Map<String, String> story = new HashMap<>(byId.length * 2);
        for (int i = 0; i < byId.length; i++) {
            summaryOf.put(byId[i].articleId(), byId[i]);
            story.put(byId[i].articleId(), storyOf[i]);
        }
        return new Stories(story, summaryOf, similarity, candidates, verified.size());
    }

    /** Visits a candidate pair (a, b), a < b. */
    @FunctionalInterface
    interface PairVisitor {
        void visit(int a, int b);
    }

    /**
     * Visits each pair of articles that share a blocking key once, article by article (a ascending, then b), and
     * returns how many there were. Pairs are never all held at once: a corpus of tens of thousands of articles has
     * millions, more than a small heap holds; the keys are a sorted array of (key, article) in longs.
     */
    int forEachCandidate(StorySummary[] summaries, DocumentFrequencies df, PairVisitor visitor) {
        int[][] keys = new int[summaries.length][];
        for (int i = 0; i < summaries.length; i++) {
            keys[i] = blockingKeys(summaries[i], df);
        }
        long[] index = SortedKeys.index(keys);
        int[] seenBy = new int[summaries.length];
        Arrays.fill(seenBy, -1);
        int[] partners = new int[summaries.length];
        int count = 0;
        for (int a = 0; a < summaries.length; a++) {
            int found = 0;
            for (int key : keys[a]) {
                int x = SortedKeys.lowerBound(index, (long) key << 32);
                for (; x < index.length && (int) (index[x] >> 32) == key; x++) {
                    int b = (int) index[x];
                    if (b > a && seenBy[b] != a) {
                        seenBy[b] = a;
                        partners[found++] = b;
                    }
                }
            }
            Arrays.sort(partners, 0, found);
            for (int p = 0; p < found; p++) {
                visitor.visit(a, partners[p]);
            }
            count += found;
        }
        return count;
    }

    /** Pairs (a, b), a < b, of indexes packed in a long, sorted, each once: for tests of blocking. */
    long[] candidatePairs(StorySummary[] summaries, DocumentFrequencies df) {
        List<Long> pairs = new ArrayList<>();
        forEachCandidate(summaries, df, (a, b) -> pairs.add(((long) a << 32) | b));
        return pairs.stream().mapToLong(Long::longValue).toArray();
    }

    /** The article's rarest features that another article also holds: rarest first, ties by hash. */
    int[] blockingKeys(StorySummary s, DocumentFrequencies df) {
        int[] names = s.namesView();
        int[] terms = s.termsView();
        int[] figures = s.figuresView();
        long[] ranked = new long[names.length + terms.length + figures.length];
        int n = 0;
        for (int[] features : List.of(names, terms, figures)) {
            for (int f : features) {
                int count = df.of(f);
                if (count >= 2 && count <= settings.maxKeyArticles()) {
                    ranked[n++] = ((long) count << 32) | (f & 0xffffffffL);
                }
            }
        }
        Arrays.sort(ranked, 0, n);
        int k = Math.min(n, settings.blockingKeys());
        int[] keys = new int[k];
        for (int i = 0; i < k; i++) {
            keys[i] = (int) ranked[i];
        }
        return keys;
    }

    /** A verified pair; the strongest first, ties by index, so the joining order depends on nothing else. */
    private record Edge(double score, int a, int b) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge o) {
            int c = Double.compare(o.score, score);
            return c != 0 ? c : a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
        }
    }

    /**
     * Whether the stories of a verified pair may become one. Joining on single pairs alone lets stories chain
     * (A like B, B like C, ... Y like Z) into one about a whole topic, often through articles with no date; so the
     * joined story must keep its dated articles within {@code maxGapDays} of each other, and its two parts must be
     * alike on average, not only through their closest pair: the mean score over pairs across the two parts (at most
     * {@value #CROSS_SAMPLE} articles of each, the lowest indexes) at least {@code cohesion} times the threshold.
     */
    private boolean mayJoin(Components sets, Edge e, StorySummary[] byId, StorySimilarity similarity) {
        int ra = sets.find(e.a());
        int rb = sets.find(e.b());
        if (sets.span(ra, rb) > settings.maxGapDays()) {
            return false;
        }
        List<Integer> left = sets.members(ra);
        List<Integer> right = sets.members(rb);
        if (left.size() == 1 && right.size() == 1 || settings.cohesion() == 0) {
            return true;
        }
        double sum = 0;
        int n = 0;
        for (int x : left.subList(0, Math.min(CROSS_SAMPLE, left.size()))) {
            for (int y : right.subList(0, Math.min(CROSS_SAMPLE, right.size()))) {
                sum += similarity.score(byId[x], byId[y]);
                n++;
            }
        }
        return sum / n >= settings.cohesion() * settings.threshold();
    }

    private static final int CROSS_SAMPLE = 20;
    /** An article left alone may join a report of the same or next day that scores this share of the threshold. */
    static final double ATTACH = 0.5;

    private static boolean sameOrNextDay(StorySummary a, StorySummary b) {
        return a.hasDay() && b.hasDay() && Math.abs(a.day() - b.day()) <= 1;
    }

    /**
     * Disjoint sets over indexes, each knowing its members (in index order) and the first and last known day; the
     * root of a set is its smallest index.
     */
    private static final class Components {
        private final int[] parent;
        private final int[] firstDay;
        private final int[] lastDay;
        private final List<List<Integer>> members;

        Components(StorySummary[] summaries) {
            int n = summaries.length;
            parent = new int[n];
            firstDay = new int[n];
            lastDay = new int[n];
            members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                firstDay[i] = summaries[i].hasDay() ? summaries[i].day() : Integer.MAX_VALUE;
                lastDay[i] = summaries[i].hasDay() ? summaries[i].day() : Integer.MIN_VALUE;
                members.add(null);
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        List<Integer> members(int root) {
            List<Integer> m = members.get(root);
            return m == null ? List.of(root) : m;
        }

        /** Days between the first and last known dates of two sets taken together; 0 when fewer than two known. */
        long span(int ra, int rb) {
            int first = Math.min(firstDay[ra], firstDay[rb]);
            int last = Math.max(lastDay[ra], lastDay[rb]);
            return first == Integer.MAX_VALUE || last == Integer.MIN_VALUE ? 0 : (long) last - first;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            firstDay[root] = Math.min(firstDay[root], firstDay[other]);
            lastDay[root] = Math.max(lastDay[root], lastDay[other]);
            List<Integer> merged = new ArrayList<>(members(root));
            merged.addAll(members(other));
            merged.sort(null);
            members.set(root, merged);
            members.set(other, null);
        }
    }
}

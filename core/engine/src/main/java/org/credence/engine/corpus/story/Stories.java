package org.credence.engine.corpus.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which story each article is on. A story's id is the smallest id (in {@link String#compareTo} order) of its
 * articles, so the same articles give the same ids whatever order they were loaded in. An article that shares its
 * event with no other is a story of one, whose id is its own. Immutable.
 */
public final class Stories implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> storyOf;
    private final Map<String, List<String>> members;
    private final Map<String, StorySummary> summaries;
    private final StorySimilarity similarity;
    private final int candidatePairs;
    private final int verifiedPairs;

    Stories(Map<String, String> storyOf, Map<String, StorySummary> summaries, StorySimilarity similarity,
            int candidatePairs, int verifiedPairs) {
        this.storyOf = Map.copyOf(storyOf);
        Map<String, List<String>> groups = new HashMap<>();
        storyOf.forEach((article, story) -> groups.computeIfAbsent(story, k -> new ArrayList<>()).add(article));
        groups.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        Map<String, List<String>> frozen = new HashMap<>();
        groups.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.members = frozen;
        this.summaries = Map.copyOf(summaries);
        this.similarity = similarity;
        this.candidatePairs = candidatePairs;
        this.verifiedPairs = verifiedPairs;
    }

    /** @return the id of the article's story; the article's own id when it is unknown here */
    public String storyOf(String articleId) {
        return storyOf.getOrDefault(articleId, articleId);
    }

    /** @return the ids of the articles on the article's story, itself included, sorted */
    public List<String> membersOf(String articleId) {
        return members.getOrDefault(storyOf(articleId), List.of(articleId));
    }

    /**
     * @return the other articles of the article's story, the most similar first (ties by id): the order a reader
     * would want to compare them in
     */
    public List<String> othersByCloseness(String articleId) {
        StorySummary self = summaries.get(articleId);
        List<String> others = new ArrayList<>(membersOf(articleId));
        others.remove(articleId);
        if (self == null) {
            return others;
        }
        Map<String, Double> score = new HashMap<>();
        for (String id : others) {
            score.put(id, similarity.score(self, summaries.get(id)));
        }
        others.sort(Comparator.comparing((String id) -> -score.get(id)).thenComparing(Comparator.naturalOrder()));
        return others;
    }

    /** @return the number of articles grouped */
    public int articles() {
        return storyOf.size();
    }

    /** @return the number of stories, stories of one article included */
    public int count() {
        return members.size();
    }

    /** @return how many stories have each size, by size */
    public Map<Integer, Integer> sizeDistribution() {
        Map<Integer, Integer> out = new TreeMap<>();
        members.values().forEach(m -> out.merge(m.size(), 1, Integer::sum));
        return out;
    }

    /** @return the size of the largest story */
    public int largest() {
        return members.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** @return every story of more than one article, each as its sorted article ids, by story id */
    public List<List<String>> multiArticleStories() {
        return new TreeMap<>(members).values().stream().filter(m -> m.size() > 1).toList();
    }

    /** @return how many pairs blocking proposed */
    public int candidatePairs() {
        return candidatePairs;
    }

    /** @return how many of them scored at or above the threshold */
    public int verifiedPairs() {
        return verifiedPairs;
    }

    /** @return the similarity the stories were formed by, for scoring other pairs the same way */
    public StorySimilarity similarity() {
        return similarity;
    }
}

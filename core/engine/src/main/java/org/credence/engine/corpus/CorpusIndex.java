package org.credence.engine.corpus;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.credence.api.ClaimLink;
import org.credence.api.CopyAlignment;
import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.story.Stories;

/**
 * What a corpus knows across its articles, without the articles: groups of copies and their sentence alignments,
 * stories, claim links and the MinHash signatures. Built by {@link CorpusBuilder#index} from digests; a
 * {@link Corpus} puts it together with the analysed articles of a run, or of one part of a run. Immutable and
 * serialisable, so that it can be shipped to the machines that run the rules.
 */
public final class CorpusIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> ids;
    private final Map<String, Integer> position = new HashMap<>();
    private final List<DuplicateGroup> groups;
    private final Map<String, DuplicateGroup> groupOf = new HashMap<>();
    private final long[][] minHashes;
    private final Map<String, CopyAlignment> alignments;
    private final Map<String, List<ClaimLink>> links;
    private final Stories stories;

    CorpusIndex(List<String> ids, List<DuplicateGroup> groups, long[][] minHashes, Map<String, CopyAlignment> alignments,
                Map<String, List<ClaimLink>> links, Stories stories) {
        this.ids = List.copyOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        this.groups = List.copyOf(groups);
        groups.forEach(g -> g.articleIds().forEach(id -> groupOf.put(id, g)));
        this.minHashes = minHashes;
        this.alignments = Map.copyOf(alignments);
        Map<String, List<ClaimLink>> copy = new HashMap<>();
        links.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.links = copy;
        this.stories = stories;
    }

    /** @return the number of articles indexed */
    public int size() {
        return ids.size();
    }

    /** @return the id of the article at a position */
    public String id(int index) {
        return ids.get(index);
    }

    /** @return the position of an article, or -1 when it is not indexed here */
    public int indexOf(String articleId) {
        return position.getOrDefault(articleId, -1);
    }

    /** @return the groups of copies, in the order of their first article */
    public List<DuplicateGroup> groups() {
        return groups;
    }

    Optional<DuplicateGroup> groupOf(String articleId) {
        return Optional.ofNullable(groupOf.get(articleId));
    }

    long[] minHash(String articleId) {
        Integer i = position.get(articleId);
        return i == null ? null : minHashes[i];
    }

    Optional<CopyAlignment> alignment(String articleId, String otherArticleId) {
        CopyAlignment a = alignments.get(CorpusBuilder.key(articleId, otherArticleId));
        if (a != null) {
            return Optional.of(a);
        }
        return Optional.ofNullable(alignments.get(CorpusBuilder.key(otherArticleId, articleId))).map(CopyAlignment::reversed);
    }

    List<ClaimLink> linksFrom(String claimId) {
        return links.getOrDefault(claimId, List.of());
    }

    /** @return the stories */
    public Stories stories() {
        return stories;
    }

    /**
     * The articles a rule that judges this article can reach through the corpus in one step: its story and its
     * copies, itself included, sorted. A part of a run that loads these for each of its articles gives every rule
     * what the whole run shows it. Claims linked from other stories are not loaded: the same-proposition judge never
     * relates statements of two stories, so a linked figure of another story neither confirms nor contests a claim
     * (single-source-numbers, the bundled rule that follows links, skips it); loading them joined whole corpora into
     * one part (docs/benchmarks.md, decision 0042).
     */
    public int[] reach(int index) {
        TreeSet<Integer> out = new TreeSet<>();
        out.add(index);
        String id = ids.get(index);
        for (String member : stories.membersOf(id)) {
            out.add(position.get(member));
        }
        DuplicateGroup group = groupOf.get(id);
        if (group != null) {
            group.articleIds().forEach(member -> out.add(position.get(member)));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}

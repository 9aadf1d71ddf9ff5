package org.credence.engine.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.credence.api.DuplicateGroup;
import org.credence.engine.corpus.CorpusIndex;
import org.credence.engine.corpus.CorpusParts;
import org.credence.engine.result.RuleFailure;

/**
 * A run's corpus step done ({@link Engine#plan}): copies, stories and claim links of every article, and the run cut
 * into parts that {@link Engine#scorePart} judges one at a time, each with only the articles it loads. Immutable and
 * serialisable: a cluster broadcasts it to the machines that score the parts.
 */
public final class ScoringPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CorpusIndex index;
    private final CorpusParts parts;
    private final int[][] partsLoading;

    ScoringPlan(CorpusIndex index, CorpusParts parts) {
        this.index = index;
        this.parts = parts;
        List<List<Integer>> loading = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            loading.add(new ArrayList<>(1));
        }
        for (int p = 0; p < parts.count(); p++) {
            for (int i : parts.loads(p)) {
                loading.get(i).add(p);
            }
        }
        this.partsLoading = loading.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** @return the number of articles in the run */
    public int articles() {
        return index.size();
    }

    /** @return the number of parts */
    public int parts() {
        return parts.count();
    }

    /** @return the indexes of the articles a part loads, sorted */
    public int[] loads(int part) {
        return parts.loads(part);
    }

    /** @return the indexes of the articles a part judges, sorted */
    public int[] core(int part) {
        return parts.core(part);
    }

    /** @return the parts that load an article: the one that judges it, and those whose rules reach it */
    public int[] partsLoading(int index) {
        return partsLoading[index].clone();
    }

    /** @return the id of the article at an index */
    public String articleId(int index) {
        return this.index.id(index);
    }

    /** @return how many articles all parts load together: the articles of the run, and those loaded twice or more */
    public long totalLoads() {
        long total = 0;
        for (int p = 0; p < parts.count(); p++) {
            total += parts.loads(p).length;
        }
        return total;
    }

    /** @return the largest number of articles one part loads */
    public int largestPart() {
        return parts.largestLoad();
    }

    /** @return the run's groups of copies, as the whole run's corpus has them */
    public List<DuplicateGroup> groups() {
        return index.groups();
    }

    /**
     * Rule failures of several parts in the order a run judged in one piece lists them: by article, in the run's
     * order, each article's as its part gave them; failures on no article of the run first.
     */
    public List<RuleFailure> inRunOrder(List<RuleFailure> failures) {
        List<RuleFailure> out = new ArrayList<>(failures);
        out.sort(Comparator.comparingInt(f -> index.indexOf(f.articleId())));
        return out;
    }

    CorpusIndex index() {
        return index;
    }
}

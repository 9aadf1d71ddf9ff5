package org.credence.api;

import java.io.Serializable;
import java.util.List;

/**
 * Articles of a corpus that are copies, machine-paraphrased copies or sentence-by-sentence rewrites of one another:
 * one origin.
 *
 * @param id         the group's id: the id of its first article
 * @param articleIds its articles, at least two, in corpus order
 * @param similarity the lowest similarity (0..1) of the pairs that joined the group: their estimated shared word
 *                   pattern, or for a rewrite the share of wording it repeats ({@link CopyAlignment#sharedWording()})
 */
public record DuplicateGroup(String id, List<String> articleIds, double similarity) implements Serializable {

    public DuplicateGroup {
        articleIds = List.copyOf(articleIds);
    }
}

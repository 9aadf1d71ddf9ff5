package org.credence.api;

import java.util.List;

/**
 * Articles of a corpus that are copies or machine-paraphrased copies of one another: one origin.
 *
 * @param id         the group's id: the id of its first article
 * @param articleIds its articles, at least two, in corpus order
 * @param similarity the lowest estimated similarity (0..1) between a member and the group
 */
public record DuplicateGroup(String id, List<String> articleIds, double similarity) {

    public DuplicateGroup {
        articleIds = List.copyOf(articleIds);
    }
}

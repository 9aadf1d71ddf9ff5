package org.credence.engine.pipeline;

import java.util.Map;
import java.util.Set;

/**
 * The whole summaries (sentence features included) of the articles {@link Engine#plan} asks for, by index: from a
 * local spill, or from the machines that made them. Asked at most twice per plan, each time for many articles.
 */
@FunctionalInterface
public interface CopyFeatureSource {

    Map<Integer, ArticleSummary> fetch(Set<Integer> indexes);
}

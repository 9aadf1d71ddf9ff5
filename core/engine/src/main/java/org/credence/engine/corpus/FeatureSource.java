package org.credence.engine.corpus;

import java.util.Map;
import java.util.Set;

/** The sentence features of the articles asked for, by position: fetched in one call for many articles. */
@FunctionalInterface
interface FeatureSource {

    Map<Integer, SentenceAlignment.Features> fetch(Set<Integer> positions);
}

package org.credence.api;

/** How a claim stands to a claim in another article. */
public enum Relation {
    /** the same figure about the same thing, from an independent origin */
    SAME_FIGURE,
    /** the same figure about the same thing, from a copy of the same article */
    SAME_ORIGIN,
    /** a different figure about the same thing */
    CONFLICTING_FIGURE,
    /** the other claim denies or rebuts this one */
    CONTRADICTED_BY
}

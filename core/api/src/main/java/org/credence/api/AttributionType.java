package org.credence.api;

/**
 * What an attribution's cue says the source did: put something forward as fact, or hold a belief or a wish.
 * "The ministry said 40 died" makes the ministry a source for the figure; "Trump wants 10,000 more troops" does
 * not make Trump a source for anything, and rules that look for the source of a claim read only statements.
 */
public enum AttributionType {
    /** the source said, reported, told, wrote, announced it, or it stands "according to" the source */
    STATEMENT,
    /** the source believes, thinks, wants, hopes, fears or expects it: a state of mind, not a report of fact */
    BELIEF
}

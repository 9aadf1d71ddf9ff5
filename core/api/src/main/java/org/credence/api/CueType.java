package org.credence.api;

/** What a cue phrase says about how well a statement is established. */
public enum CueType {
    /** the writer distances themselves from it: "reportedly", "allegedly", "it is believed" */
    HEDGE,
    /** a vague or collective source stands in for a real one: "some say", "multiple media reports" */
    WEASEL,
    /** someone denies or rebuts it: "denied", "rejected the claim", "dismissed" */
    DENIAL,
    /** the text says there is no proof or record: "failed to provide any such proof", "no official record" */
    NO_EVIDENCE,
    /** the text says it could not be checked: "could not be independently verified" */
    UNVERIFIED,
    /**
     * it is put as possible or believed rather than established: "may", "probably", "likely", "appears to",
     * "suggests". Weaker than a hedge: in news it often marks a forecast rather than a doubtful fact, so the bundled
     * rules leave it alone; it makes no sentence a claim by itself.
     */
    SPECULATION
}

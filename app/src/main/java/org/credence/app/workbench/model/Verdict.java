package org.credence.app.workbench.model;

/** A reviewer's judgement of one finding: not yet judged, agreed with, or rejected (it then counts for nothing). */
public enum Verdict {
    NONE, ACCEPTED, REJECTED
}

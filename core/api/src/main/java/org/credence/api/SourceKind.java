package org.credence.api;

/** Who a statement is attributed to, by the kind of source. */
public enum SourceKind {
    /** a government, ministry, embassy or official acting for one ("the Ukrainian Embassy", "the DOD") */
    OFFICIAL,
    /** armed forces and their officers ("a general", "the army") */
    MILITARY,
    /** media owned or directed by a state ("SANA", "RIA Novosti") */
    STATE_MEDIA,
    /** a non-governmental organisation or monitoring group ("the Syrian Observatory for Human Rights") */
    NGO_MONITOR,
    /** an activist, opposition figure or partisan ("an opposition activist") */
    ACTIVIST,
    /** an expert, analyst, researcher or academic ("a Syria analyst") */
    EXPERT,
    /** a news organisation or publication ("The Associated Press", "multiple media reports") */
    MEDIA,
    /** a source that is deliberately not named ("a source", "officials who asked not to be named") */
    ANONYMOUS,
    /** a source described but not named ("a spokesperson", "a publication based in Deir Ezzor") */
    UNNAMED,
    /** a named source of no kind above (a person the lexicons do not know) */
    OTHER,
    /** no source at all */
    NONE;

    /**
     * @return true when a reader can tell who the source is: a named source of any kind; false for
     *         {@link #ANONYMOUS}, {@link #UNNAMED} and {@link #NONE}
     */
    public boolean isIdentified() {
        return this != ANONYMOUS && this != UNNAMED && this != NONE;
    }
}

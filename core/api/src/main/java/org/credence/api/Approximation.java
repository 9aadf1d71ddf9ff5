package org.credence.api;

/** How a figure is qualified in the text. */
public enum Approximation {
    /** stated as is: "3,000" */
    EXACT,
    /** on either side of the figure: "about", "around", "roughly", "some", "an estimated" */
    ABOUT,
    /** just under the figure: "nearly", "almost", "close to" */
    NEARLY,
    /** the figure is a lower bound: "over", "more than", "at least", "upwards of" */
    AT_LEAST,
    /** the figure is an upper bound: "under", "less than", "fewer than", "up to" */
    AT_MOST,
    /** a range: "3,000-4,000", "between 5 and 10", "$200 to $300" */
    RANGE
}

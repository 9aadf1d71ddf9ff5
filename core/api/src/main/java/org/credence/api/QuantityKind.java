package org.credence.api;

/** What a figure counts. Years, dates, durations and ordinals are never quantities. */
public enum QuantityKind {
    /** a number of things or people: "40,000 fighters" */
    COUNT,
    /** an amount of money: "$200 to $300" */
    MONEY,
    /** a share: "12 percent" */
    PERCENT
}

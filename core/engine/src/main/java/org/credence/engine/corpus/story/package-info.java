/**
 * Stories: articles that tell the same event, whichever outlet ran them, found apart from copies (near-duplicate
 * groups, which stay as they are).
 *
 * <p>The work is split so that the same code can run on one machine or spread over many (decision 0031):
 * {@link org.credence.engine.corpus.story.StorySummarizer} reduces each analysed article, on its own and in parallel,
 * to a small serialisable {@link org.credence.engine.corpus.story.StorySummary} (names, key terms, figures with their
 * subjects, the date, a sketch of its phrasing); {@link org.credence.engine.corpus.story.StoryGrouper} then groups
 * the summaries alone: blocking keys find candidate pairs, {@link org.credence.engine.corpus.story.StorySimilarity}
 * verifies each, and verified pairs are joined. The result, {@link org.credence.engine.corpus.story.Stories}, does
 * not depend on the order of the input.
 */
package org.credence.engine.corpus.story;

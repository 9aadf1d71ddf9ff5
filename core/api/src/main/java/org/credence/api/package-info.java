/**
 * The Credence plugin API: everything a rule author sees.
 *
 * <p>A rule is a {@link org.credence.api.CredibilityRule}: a stateless, thread-safe PF4J extension that
 * reads one {@link org.credence.api.AnalyzedArticle} (with a read-only {@link org.credence.api.CorpusView}
 * of every other article loaded with it) and returns {@link org.credence.api.Finding}s. Scoring policy is
 * the engine's business, not the rule's: a finding only says which way a claim leans, how strongly, and why.
 *
 * <p>All positions are character offsets into {@link org.credence.api.AnalyzedArticle#text()}, as
 * {@link org.credence.api.Span}s, so any view can highlight evidence; {@link org.credence.api.AnalyzedArticle#text(Span)}
 * gives the characters. The few strings the model holds besides spans are normalised forms a rule compares
 * (a source's name, a cue's lexicon entry, a figure's head noun in lower case). What several rules need is said once
 * here: a figure's bare number ({@link org.credence.api.Quantity#numberSpan()}), whether a source is identified
 * ({@link org.credence.api.SourceKind#isIdentified()}), the articles on the same story
 * ({@link org.credence.api.CorpusView#storyOf(String)}) and a crude stem ({@link org.credence.api.Words#stem(String)}).
 * Every type here is immutable and safe to share between threads.
 */
package org.credence.api;

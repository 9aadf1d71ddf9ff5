/**
 * The Credence plugin API: everything a rule author sees.
 *
 * <p>A rule is a {@link org.credence.api.CredibilityRule}: a stateless, thread-safe PF4J extension that
 * reads one {@link org.credence.api.AnalyzedArticle} (with a read-only {@link org.credence.api.CorpusView}
 * of every other article loaded with it) and returns {@link org.credence.api.Finding}s. Scoring policy is
 * the engine's business, not the rule's: a finding only says which way a claim leans, how strongly, and why.
 *
 * <p>All positions are character offsets into {@link org.credence.api.AnalyzedArticle#text()}, as
 * {@link org.credence.api.Span}s; the model never copies substrings, so any view can highlight evidence.
 * Every type here is immutable and safe to share between threads.
 */
package org.credence.api;

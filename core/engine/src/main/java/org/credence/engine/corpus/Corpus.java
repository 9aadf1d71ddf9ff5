package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CopyAlignment;
import org.credence.api.CorpusView;
import org.credence.api.DuplicateGroup;
import org.credence.api.SameProposition;
import org.credence.api.Span;
import org.credence.engine.corpus.story.Stories;

/**
 * The articles of one session analysed together: who copied whom (with the sentence alignment of every pair of
 * copies), which articles tell the same story, and which claims give the same or conflicting figures. Immutable once
 * built by a {@link CorpusBuilder}; safe to share between threads.
 */
public final class Corpus implements CorpusView {

    private final CorpusIndex index;
    private final List<AnalyzedArticle> articles;
    private final Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new HashMap<>();
    private final PropositionJudge judge;
    /**
     * The statements read last: a rule compares every claim of an article with every denial of its story, so each is
     * read many times in a row; reading one costs a pass over its article (a megabyte article made that cubic).
     * Bounded, and held by this corpus rather than by each rule thread (a thread-local cache outlived its corpus and
     * kept the articles of every earlier part of a bounded run alive).
     */
    private final Map<StatementKey, PropositionJudge.Statement> recentStatements = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<StatementKey, PropositionJudge.Statement> eldest) {
                    return size() > RECENT_STATEMENTS;
                }
            });

    private static final int RECENT_STATEMENTS = 4096;

    private record StatementKey(String articleId, Span span) {
    }

    /**
     * @param articles the articles rules judge here
     * @param context  articles rules may reach from them without judging them (in a part of a bounded run)
     */
    Corpus(CorpusIndex index, List<AnalyzedArticle> articles, List<AnalyzedArticle> context, PropositionJudge judge) {
        this.index = index;
        this.judge = judge;
        this.articles = List.copyOf(articles);
        for (AnalyzedArticle a : articles) {
            byId.put(a.id(), a);
            a.claims().forEach(c -> claims.put(c.id(), c));
        }
        for (AnalyzedArticle a : context) {
            if (byId.putIfAbsent(a.id(), a) == null) {
                a.claims().forEach(c -> claims.put(c.id(), c));
            }
        }
    }

    /** @return what the corpus knows across its articles, without them */
    public CorpusIndex index() {
        return index;
    }

    @Override
    public List<AnalyzedArticle> articles() {
        return articles;
    }

    @Override
    public Optional<AnalyzedArticle> article(String articleId) {
        return Optional.ofNullable(byId.get(articleId));
    }

    @Override
    public Optional<Claim> claim(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    @Override
    public List<DuplicateGroup> duplicateGroups() {
        return index.groups();
    }

    @Override
    public Optional<DuplicateGroup> duplicateGroupOf(String articleId) {
        return index.groupOf(articleId);
    }

    @Override
    public Optional<CopyAlignment> alignment(String articleId, String otherArticleId) {
        return index.alignment(articleId, otherArticleId);
    }

    @Override
    public double similarity(String articleId, String otherArticleId) {
        if (articleId.equals(otherArticleId)) {
            return 1;
        }
        long[] a = index.minHash(articleId);
        long[] b = index.minHash(otherArticleId);
        return a == null || b == null ? 0 : NearDuplicateDetector.similarity(a, b);
    }

    @Override
    public List<ClaimLink> linksFrom(String claimId) {
        return index.linksFrom(claimId);
    }

    @Override
    public List<AnalyzedArticle> storyOf(String articleId) {
        AnalyzedArticle self = byId.get(articleId);
        if (self == null) {
            return List.of();
        }
        List<AnalyzedArticle> out = new ArrayList<>();
        out.add(self);
        for (String id : index.stories().othersByCloseness(articleId)) {
            AnalyzedArticle a = byId.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String storyId(String articleId) {
        return index.stories().storyOf(articleId);
    }

    /** Within one story only: statements of different stories are never about the same thing here. */
    @Override
    public Optional<SameProposition> sameProposition(String articleId, Span statement, String otherArticleId,
                                                     Span otherStatement) {
        AnalyzedArticle a = byId.get(articleId);
        AnalyzedArticle b = byId.get(otherArticleId);
        if (a == null || b == null || !storyId(articleId).equals(storyId(otherArticleId))) {
            return Optional.empty();
        }
        return judge.compare(statement(a, statement), statement(b, otherStatement));
    }

    private PropositionJudge.Statement statement(AnalyzedArticle article, Span span) {
        return recentStatements.computeIfAbsent(new StatementKey(article.id(), span),
                k -> judge.statement(article, span));
    }

    /** The stories, for reports and evaluation. */
    public Stories stories() {
        return index.stories();
    }

    /** Every link, for reports. */
    public List<ClaimLink> allLinks() {
        return articles.stream().flatMap(a -> a.claims().stream()).flatMap(c -> linksFrom(c.id()).stream()).toList();
    }
}

package org.credence.engine.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.api.CorpusView;

/**
 * The story an article belongs to ({@link CorpusView#storyOf}), as far as the corpus can tell without grouping
 * articles into stories of its own: the article, its copies (its near-duplicate group), then the articles its claims
 * are linked to, the most linked first. Two reports of one event that give no comparable figure are not found to be
 * on one story; story clustering, when it comes, replaces this one class.
 */
public final class LinkedStories {

    public List<AnalyzedArticle> storyOf(CorpusView corpus, String articleId) {
        AnalyzedArticle article = corpus.article(articleId).orElse(null);
        if (article == null) {
            return List.of();
        }
        // keyed by id: an analysed article's own hash code walks every token of it
        Map<String, AnalyzedArticle> story = new LinkedHashMap<>();
        story.put(articleId, article);
        corpus.duplicateGroupOf(articleId).ifPresent(g -> g.articleIds()
                .forEach(id -> corpus.article(id).ifPresent(a -> story.putIfAbsent(id, a))));
        Map<String, Integer> links = new LinkedHashMap<>();
        for (Claim c : article.claims()) {
            for (ClaimLink link : corpus.linksFrom(c.id())) {
                links.merge(link.otherArticle(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> linked = new ArrayList<>(links.entrySet());
        linked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());   // stable: ties keep corpus order
        for (Map.Entry<String, Integer> e : linked) {
            corpus.article(e.getKey()).ifPresent(a -> story.putIfAbsent(a.id(), a));
        }
        return List.copyOf(story.values());
    }
}

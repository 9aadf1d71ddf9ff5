package org.credence.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.credence.api.AnalyzedArticle;
import org.credence.api.DuplicateGroup;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.claim.CheckWorthinessClaimDetector;
import org.credence.engine.analysis.cue.CueExtractor;
import org.credence.engine.analysis.quantity.QuantityExtractor;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.io.ReadResult;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.testing.SharedData;
import org.junit.jupiter.api.Test;

/** BASIL (../shared/data/basil): one event told by three outlets must never be taken for copies of one another. */
class NearDuplicatesBasilAcceptanceTest {

    @Test
    void independentReportsOfOneEventByDifferentOutletsAreNeverGrouped() {
        Path basil = SharedData.require("data/basil/articles");
        ReadResult read = new ArticleReaders().read(List.of(basil));
        assertThat(read.articles()).hasSizeGreaterThan(100);
        Lexicons lexicons = Lexicons.defaults();
        Analyzer analyzer = new Analyzer(new OpenNlpPipeline(), new QuantityExtractor(),
                new AttributionExtractor(lexicons), new CueExtractor(lexicons), new CheckWorthinessClaimDetector());
        List<AnalyzedArticle> analysed = read.articles().parallelStream().map(analyzer::analyze).toList();
        Corpus corpus = new CorpusBuilder(lexicons).build(analysed);
        Map<String, String> outlet = analysed.stream()
                .collect(Collectors.toMap(AnalyzedArticle::id, a -> a.article().outlet()));
        for (DuplicateGroup g : corpus.duplicateGroups()) {
            assertThat(g.articleIds().stream().map(outlet::get).distinct()).as("group %s", g).hasSize(1);
        }
        double highest = 0;
        for (int i = 0; i < analysed.size(); i++) {
            for (int j = i + 1; j < analysed.size(); j++) {
                highest = Math.max(highest, corpus.similarity(analysed.get(i).id(), analysed.get(j).id()));
            }
        }
        System.out.printf("basil: %d articles, %d groups, highest cross-article similarity %.3f (threshold %.2f)%n",
                analysed.size(), corpus.duplicateGroups().size(), highest, NearDuplicateDetector.THRESHOLD);
        // not only no group across outlets: no two reports come near being taken for copies
        assertThat(highest).as("the highest similarity of two BASIL articles").isLessThan(NearDuplicateDetector.THRESHOLD);
    }
}

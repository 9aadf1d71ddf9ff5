package org.credence.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Article;
import org.credence.api.Attribution;
import org.credence.api.Cue;
import org.credence.api.Quantity;
import org.credence.api.Span;
import org.credence.engine.analysis.Analyzer;
import org.credence.engine.analysis.OpenNlpPipeline;
import org.credence.engine.analysis.StandardAnalysis;
import org.credence.engine.analysis.TaggingTriggers;
import org.credence.engine.analysis.TextUnit;
import org.credence.engine.analysis.attribution.AttributionExtractor;
import org.credence.engine.analysis.claim.LearnedClaimDetector;
import org.credence.engine.analysis.cue.CombinedCues;
import org.credence.engine.analysis.quantity.QuantityExtractor;
import org.credence.engine.corpus.ArticleDigest;
import org.credence.engine.corpus.CorpusBuilder;
import org.credence.engine.io.ArticleReaders;
import org.credence.engine.lexicon.Lexicons;
import org.credence.engine.model.Models;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each step of article analysis on the same articles, one thread, time per article: bare OpenNLP sentence splitting
 * and tokenising (the baseline the engine issue measures against), the language pipeline as the engine runs it
 * (sentences, tokens and selective tagging), each extractor on the pipeline's output, and the MinHash signature.
 * The articles are every 50th of the corpus named by {@code -p corpus=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AnalysisStepsBenchmark {

    @Param("../../../shared/data/allsides/articles-10k.jsonl.gz")
    public String corpus;

    private List<Article> articles;
    private List<TextUnit> units;
    private List<AnalyzedArticle> analysed;
    private int next;

    private OpenNlpPipeline bare;
    private OpenNlpPipeline pipeline;
    private QuantityExtractor quantities;
    private AttributionExtractor attributions;
    private CombinedCues cues;
    private LearnedClaimDetector claims;
    private CorpusBuilder corpusBuilder;
    private Analyzer analyzer;

    @Setup
    public void load() {
        List<Article> all = new ArticleReaders().read(List.of(Path.of(corpus))).articles();
        if (all.isEmpty()) {
            throw new IllegalStateException(corpus + ": no articles");
        }
        articles = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 50) {
            articles.add(all.get(i));
        }
        Lexicons lexicons = Lexicons.defaults();
        bare = new OpenNlpPipeline();
        pipeline = new OpenNlpPipeline(TaggingTriggers.from(lexicons));
        quantities = new QuantityExtractor();
        attributions = new AttributionExtractor(lexicons);
        Models models = Models.bundled();
        cues = StandardAnalysis.cues(lexicons, models);
        claims = new LearnedClaimDetector(models.get(Models.CHECK_WORTHINESS));
        corpusBuilder = new CorpusBuilder(lexicons);
        analyzer = new Analyzer(pipeline, quantities, attributions, cues, claims);
        units = new ArrayList<>();
        analysed = new ArrayList<>();
        for (Article a : articles) {
            String text = Analyzer.textOf(a);
            String title = a.title().strip();
            Span headline = title.isEmpty() ? Span.EMPTY : new Span(0, title.length());
            units.add(new TextUnit(text, headline, pipeline.sentences(text, headline)));
            analysed.add(analyzer.analyze(a));
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % articles.size();
        return i;
    }

    @Benchmark
    public int bareSentencesAndTokens() {
        return bare.countTokens(Analyzer.textOf(articles.get(nextIndex())));
    }

    @Benchmark
    public Object languagePipeline() {
        TextUnit u = units.get(nextIndex());
        return pipeline.sentences(u.text(), u.headline());
    }

    @Benchmark
    public List<Quantity> quantities() {
        return quantities.extract(units.get(nextIndex()));
    }

    @Benchmark
    public List<Attribution> attributions() {
        return attributions.extract(units.get(nextIndex()));
    }

    @Benchmark
    public List<Cue> cues() {
        return cues.extract(units.get(nextIndex()));
    }

    @Benchmark
    public void claims(Blackhole bh) {
        int i = nextIndex();
        AnalyzedArticle a = analysed.get(i);
        bh.consume(claims.detect(a.id(), units.get(i), a.quantities(), a.attributions(), a.cues()));
    }

    @Benchmark
    public ArticleDigest corpusDigest() {
        int i = nextIndex();
        return corpusBuilder.digest(i, analysed.get(i));
    }

    @Benchmark
    public AnalyzedArticle wholeAnalysis() {
        return analyzer.analyze(articles.get(nextIndex()));
    }
}

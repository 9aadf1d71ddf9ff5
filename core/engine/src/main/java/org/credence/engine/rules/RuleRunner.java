package org.credence.engine.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.credence.api.AnalyzedArticle;
import org.credence.api.CorpusView;
import org.credence.api.Finding;
import org.credence.api.RuleContext;
import org.credence.engine.io.OneLine;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.progress.ProgressListener.Stage;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.result.RuleFailure;

/**
 * Applies every rule to every article, in parallel, each call isolated: a call that throws, outlives its time
 * budget or returns invalid findings becomes a {@link RuleFailure} and every other result still comes out. Output is
 * in article order, then rule id order, whatever the number of threads.
 *
 * <p>A call that ignores interruption keeps its thread; the pool grows by one thread for each such call so the run
 * goes on, and the threads are daemons so a stuck plugin cannot keep the JVM alive. A rule that overruns its budget
 * {@value #STRIKES} times in a run is not called again in that run: a plugin that never returns would otherwise
 * hold one thread per article.
 */
public final class RuleRunner implements AutoCloseable {

    /** Overruns after which a rule is stopped for the rest of a run. */
    static final int STRIKES = 3;

    /** What a run produced, and how long each rule took in all (CPU-side wall time of its calls, nanoseconds). */
    public record Result(List<ArticleFinding> findings, List<RuleFailure> failures, Map<String, Long> nanosByRule) {
        public Result {
            findings = List.copyOf(findings);
            failures = List.copyOf(failures);
            nanosByRule = Map.copyOf(nanosByRule);
        }
    }

    private final Duration budget;
    private final ThreadPoolExecutor pool;
    private final FindingValidator validator = new FindingValidator();

    public RuleRunner(int threads, Duration budget) {
        this.budget = budget;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "credence-rules-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private record Call(AnalyzedArticle article, LoadedRule rule, Future<List<Finding>> future, AtomicLong started,
                        AtomicLong took) {
    }

    public Result run(CorpusView corpus, List<LoadedRule> rules, ProgressListener progress) throws InterruptedException {
        List<Call> calls = new ArrayList<>();
        for (AnalyzedArticle article : corpus.articles()) {
            RuleContext context = new Context(article, corpus);
            for (LoadedRule rule : rules) {
                AtomicLong started = new AtomicLong();
                AtomicLong took = new AtomicLong();
                calls.add(new Call(article, rule, pool.submit(() -> {
                    long t0 = System.nanoTime();
                    started.set(t0);
                    try {
                        return rule.rule().evaluate(context);
                    } finally {
                        took.set(System.nanoTime() - t0);
                    }
                }), started, took));
            }
        }
        List<ArticleFinding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, Integer> strikes = new HashMap<>();
        int perArticle = Math.max(1, rules.size());
        int total = corpus.articles().size();
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            collect(call, corpus, findings, failures, strikes, stopped -> calls.stream()
                    .filter(c -> c.rule().id().equals(stopped)).forEach(c -> c.future().cancel(true)));
            if ((i + 1) % perArticle == 0) {
                progress.progress(Stage.RULES, (i + 1) / perArticle, total);
            }
        }
        Map<String, Long> nanos = new TreeMap<>();
        calls.forEach(c -> nanos.merge(c.rule().id(), c.took().get(), Long::sum));
        return new Result(findings, failures, nanos);
    }

    /**
     * Collects one call's result. A call that overran its budget, or was cancelled once its rule was stopped, may
     * still hold its thread (a rule may ignore interruption), so the pool grows by one for each such call that had
     * started: the calls still queued always find a thread, and the run always ends.
     */
    private void collect(Call call, CorpusView corpus, List<ArticleFinding> findings, List<RuleFailure> failures,
                         Map<String, Integer> strikes, Consumer<String> stopRule)
            throws InterruptedException {
        String ruleId = call.rule().id();
        String pluginId = call.rule().descriptor().pluginId();
        String articleId = call.article().id();
        try {
            List<Finding> out = await(call);
            var problem = validator.problem(ruleId, call.article(), corpus, out);
            if (problem.isPresent()) {
                failures.add(new RuleFailure(pluginId, ruleId, articleId, "invalid output: " + problem.get()));
                return;
            }
            out.forEach(f -> findings.add(new ArticleFinding(articleId, f)));
        } catch (ExecutionException e) {
            failures.add(new RuleFailure(pluginId, ruleId, articleId, "threw " + OneLine.of(e.getCause())));
        } catch (TimeoutException | CancellationException e) {
            boolean heldAThread = call.started().get() != 0;
            call.future().cancel(true);
            if (strikes.getOrDefault(ruleId, 0) >= STRIKES) {
                failures.add(new RuleFailure(pluginId, ruleId, articleId, "not run: the rule overran its budget "
                        + STRIKES + " times and was stopped for the rest of this run"));
            } else {
                failures.add(new RuleFailure(pluginId, ruleId, articleId,
                        "took longer than its budget of " + budget.toMillis() + " ms and was stopped"));
                if (strikes.merge(ruleId, 1, Integer::sum) == STRIKES) {
                    stopRule.accept(ruleId);   // before the pool grows, so no new thread picks up its next call
                }
            }
            if (heldAThread) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    /**
     * Waits for a call, counting its budget from when it started rather than when it was queued. A call still
     * queued after a whole budget while every thread is busy gets a thread of its own: threads held by rules that
     * ignore interruption must never stall the run.
     */
    private List<Finding> await(Call call) throws InterruptedException, ExecutionException, TimeoutException {
        long budgetNanos = budget.toNanos();
        long queuedSince = System.nanoTime();
        while (true) {
            long started = call.started().get();
            long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(20)
                    : Math.max(0, started + budgetNanos - System.nanoTime());
            try {
                return call.future().get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (call.started().get() != 0 && System.nanoTime() - call.started().get() >= budgetNanos) {
                    throw e;
                }
                if (call.started().get() == 0 && System.nanoTime() - queuedSince >= budgetNanos
                        && pool.getActiveCount() >= pool.getMaximumPoolSize()) {
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    queuedSince = System.nanoTime();
                }
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private record Context(AnalyzedArticle article, CorpusView corpus) implements RuleContext {
    }
}

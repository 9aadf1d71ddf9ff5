package org.credence.app.workbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.api.ClaimLink;
import org.credence.engine.export.ExtraColumn;
import org.credence.engine.result.ArticleFinding;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.ClaimScore;
import org.credence.engine.scoring.ScoreSheet;
import org.credence.engine.scoring.Scorer;
import org.credence.engine.scoring.MeasuredPrecision;
import org.credence.engine.scoring.WeightsProfile;

/**
 * The reviewer's workbench without any Swing: the analysed corpus, the weights in force, the verdicts and notes,
 * what is selected, and whether anything is unsaved. Views listen to it and call it; tests drive it directly.
 *
 * <p>Changing a weight, a switch or a verdict re-scores from the findings at hand (no analysis), so it is fast
 * enough to do on every click. A rejected finding counts for nothing; a reviewer's own score, when given, is the
 * claim's shown score. The model is confined to one thread: in the app, the Swing event thread.
 */
public final class WorkbenchModel {

    /** What changed, so a view redraws only what it must. */
    public enum Change { REPORT, SCORES, SELECTION, REVIEW, SAVED, COMPARISON }

    /** Hears changes; called on the thread that changed the model. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final Scorer scorer = new Scorer();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Report analysed;
    /** The analysed findings by claim id ("" for whole-article ones), built once per load: views ask per claim. */
    private Map<String, List<ArticleFinding>> byClaim = Map.of();
    private ScoreSheet scores;
    private WeightsProfile profile = WeightsProfile.defaults();
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Map<String, ClaimReview> reviews = new HashMap<>();
    private List<String> inputs = List.of();
    private String selectedClaim = "";
    private String selectedArticle = "";
    private boolean dirty;
    private Comparison comparison;

    public void addListener(Listener l) {
        listeners.add(l);
    }

    private void fire(Change c) {
        listeners.forEach(l -> l.changed(c));
    }

    /** Puts back what a workspace file holds; call before {@link #load} so verdicts apply to the new findings. */
    public void restore(Workspace ws) {
        profile = ws.profile();
        verdicts.clear();
        verdicts.putAll(ws.verdicts());
        reviews.clear();
        reviews.putAll(ws.reviews());
        inputs = ws.inputs();
        selectedClaim = ws.selected();
        dirty = false;
    }

    /** Shows an analysed corpus; verdicts and reviews already known are kept. */
    public void load(Report report, List<String> openedInputs) {
        this.analysed = report;
        Map<String, List<ArticleFinding>> index = new HashMap<>();
        for (ArticleFinding f : report.findings()) {
            index.computeIfAbsent(f.claimId(), k -> new ArrayList<>()).add(f);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byClaim = index;
        this.inputs = List.copyOf(openedInputs);
        rescoreQuietly();
        if (selectedClaim.isEmpty() || report.corpus().claim(selectedClaim).isEmpty()) {
            selectedClaim = report.corpus().articles().stream().flatMap(a -> a.claims().stream()).findFirst()
                    .map(Claim::id).orElse("");
        }
        selectedArticle = report.corpus().claim(selectedClaim).map(Claim::articleId)
                .orElse(report.corpus().articles().isEmpty() ? "" : report.corpus().articles().get(0).id());
        fire(Change.REPORT);
    }

    public boolean hasReport() {
        return analysed != null;
    }

    /** The analysed report with the scores in force (rejected findings and switched-off rules counting nothing). */
    public Report report() {
        return analysed.withScores(scores);
    }

    public WeightsProfile profile() {
        return profile;
    }

    public List<String> inputs() {
        return inputs;
    }

    // ---- rules ----

    public void setRuleEnabled(String ruleId, boolean enabled) {
        WeightsProfile.RuleSetting old = profile.rules().get(ruleId);
        putSetting(ruleId, new WeightsProfile.RuleSetting(old == null ? null : old.weight(), enabled));
    }

    /** Puts a whole profile in force (Rules > Load profile): its weights, switches and baseline. */
    public void applyProfile(WeightsProfile loaded) {
        profile = loaded;
        dirty = true;
        rescore();
    }

    /** How far the reviewer agreed with a rule's findings in this review, from the verdicts given so far. */
    public Agreement agreement(String ruleId) {
        int agreed = 0;
        int judged = 0;
        for (Map.Entry<String, Verdict> e : verdicts.entrySet()) {
            if (e.getValue() != Verdict.NONE && FindingKey.ruleOf(e.getKey()).equals(ruleId)) {
                judged++;
                agreed += e.getValue() == Verdict.ACCEPTED ? 1 : 0;
            }
        }
        return new Agreement(agreed, judged);
    }

    /** The claims a rule has a finding on, in corpus order: what a rule's row opens. */
    public List<Claim> claimsFiredOn(String ruleId) {
        return analysed == null ? List.of() : analysed.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && !f.claimId().isEmpty())
                .flatMap(f -> analysed.corpus().claim(f.claimId()).stream()).distinct().toList();
    }

    public void setWeight(String ruleId, double weight) {
        putSetting(ruleId, new WeightsProfile.RuleSetting(weight, profile.isEnabled(ruleId)));
    }

    public double weightOf(RuleDescriptor rule) {
        return profile.weightOf(rule.id(),
                MeasuredPrecision.bundled().defaultWeight(rule.id(), rule.info().defaultWeight()));
    }

    private void putSetting(String ruleId, WeightsProfile.RuleSetting setting) {
        Map<String, WeightsProfile.RuleSetting> rules = new HashMap<>(profile.rules());
        rules.put(ruleId, setting);
        profile = new WeightsProfile(profile.name(), profile.baseline(), rules);
        dirty = true;
        rescore();
    }

    // ---- verdicts and reviews ----

    public Verdict verdict(ArticleFinding f) {
        return verdicts.getOrDefault(FindingKey.of(f), Verdict.NONE);
    }

    public void setVerdict(ArticleFinding f, Verdict v) {
        verdicts.put(FindingKey.of(f), v);
        dirty = true;
        rescore();
        fire(Change.REVIEW);
    }

    /** True once the reviewer has judged a finding of the claim, or noted or scored it. */
    public boolean isReviewed(String claimId) {
        ClaimReview r = review(claimId);
        return !r.note().isBlank() || r.ownScore() != null
                || findingsOf(claimId).stream().anyMatch(f -> verdict(f) != Verdict.NONE);
    }

    public ClaimReview review(String claimId) {
        return reviews.getOrDefault(claimId, ClaimReview.EMPTY);
    }

    public void setNote(String claimId, String note) {
        ClaimReview r = review(claimId);
        if (!r.note().equals(note)) {
            reviews.put(claimId, new ClaimReview(note, r.ownScore()));
            dirty = true;
            fire(Change.REVIEW);
        }
    }

    public void setOwnScore(String claimId, Double score) {
        ClaimReview r = review(claimId);
        reviews.put(claimId, new ClaimReview(r.note(), score));
        dirty = true;
        fire(Change.SCORES);
    }

    /** The score shown for a claim: the reviewer's own when given, else the score under the verdicts. */
    public double shownScore(String claimId) {
        Double own = review(claimId).ownScore();
        if (own != null) {
            return own;
        }
        return scores.claim(claimId).map(ClaimScore::score).orElse(profile.baseline());
    }

    public Optional<ClaimScore> claimScore(String claimId) {
        return scores.claim(claimId);
    }

    /** Every finding about a claim, rejected ones included (views show them struck through). */
    public List<ArticleFinding> findingsOf(String claimId) {
        return claimId.isEmpty() ? List.of() : byClaim.getOrDefault(claimId, List.of());
    }

    public List<ArticleFinding> articleFindingsOf(String articleId) {
        return byClaim.getOrDefault("", List.of()).stream().filter(f -> f.articleId().equals(articleId)).toList();
    }

    // ---- selection ----

    public String selectedClaim() {
        return selectedClaim;
    }

    public String selectedArticle() {
        return selectedArticle;
    }

    public Optional<AnalyzedArticle> article() {
        return analysed == null ? Optional.empty() : analysed.corpus().article(selectedArticle);
    }

    public void selectClaim(String claimId) {
        if (analysed == null || analysed.corpus().claim(claimId).isEmpty() || claimId.equals(selectedClaim)) {
            return;
        }
        selectedClaim = claimId;
        selectedArticle = analysed.corpus().claim(claimId).get().articleId();
        fire(Change.SELECTION);
    }

    public void selectArticle(String articleId) {
        if (analysed == null || articleId.equals(selectedArticle)) {
            return;
        }
        analysed.corpus().article(articleId).ifPresent(a -> {
            selectedArticle = articleId;
            selectedClaim = a.claims().isEmpty() ? "" : a.claims().get(0).id();
            fire(Change.SELECTION);
        });
    }

    // ---- evidence in another article ----

    /** Shows a claim beside the sentence of another article a finding points to, in the compare view. */
    public void compare(String claimId, ClaimLink link) {
        if (analysed == null) {
            return;
        }
        var corpus = analysed.corpus();
        Optional<Claim> claim = corpus.claim(claimId);
        Optional<Claim> other = corpus.claim(link.otherClaimId());
        if (claim.isEmpty() || other.isEmpty()) {
            return;
        }
        comparison = Comparison.of(corpus.article(claim.get().articleId()).orElseThrow(), claim.get(),
                corpus.article(other.get().articleId()).orElseThrow(), other.get(), link);
        fire(Change.COMPARISON);
    }

    /** What the compare view shows, if anything has been compared. */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** The name of an article for people: headline and outlet, or its id when it has neither. */
    public String articleName(String articleId) {
        return analysed == null ? articleId
                : analysed.corpus().article(articleId).map(ArticleNames::of).orElse(articleId);
    }

    /**
     * A finding's explanation with the ids of the other articles it names (those it links to and those of its
     * article's near-duplicate group) replaced by their headline and outlet.
     */
    public String explanation(ArticleFinding f) {
        String text = f.finding().explanation();
        if (analysed == null) {
            return text;
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        f.finding().related().forEach(r -> ids.add(r.otherArticle()));
        analysed.corpus().duplicateGroupOf(f.articleId()).ifPresent(g -> ids.addAll(g.articleIds()));
        for (String id : ids) {
            if (!id.isEmpty() && text.contains(id)) {
                text = text.replace(id, "\u201C" + articleName(id) + "\u201D");
            }
        }
        return text;
    }

    // ---- saving and exporting ----

    public Workspace workspace() {
        return new Workspace(inputs, profile, verdicts, reviews, selectedClaim);
    }

    /** The verdicts given, by {@link FindingKey}. */
    public Map<String, Verdict> verdicts() {
        return Map.copyOf(verdicts);
    }

    public boolean isDirty() {
        return dirty;
    }

    public void markSaved() {
        dirty = false;
        fire(Change.SAVED);
    }

    /** The reviewer's columns for the CSV export: verdicts, note, own score and the score shown. */
    public List<ExtraColumn> reviewColumns() {
        return List.of(
                new ExtraColumn("reviewer_verdicts", c -> findingsOf(c.id()).stream()
                        .filter(f -> verdict(f) != Verdict.NONE)
                        .map(f -> f.ruleId() + ": " + verdict(f).name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining("; "))),
                new ExtraColumn("rejected_findings", c -> rejectedFindings(c)),
                new ExtraColumn("reviewer_note", c -> review(c.id()).note()),
                new ExtraColumn("reviewer_score", c -> review(c.id()).ownScore() == null ? ""
                        : String.format(Locale.ROOT, "%.1f", review(c.id()).ownScore())),
                new ExtraColumn("shown_score", c -> String.format(Locale.ROOT, "%.1f", shownScore(c.id()))));
    }

    /** The findings the reviewer rejected on a claim and on its article, marked, so the CSV still shows them. */
    private String rejectedFindings(Claim c) {
        List<String> out = new ArrayList<>();
        for (ArticleFinding f : findingsOf(c.id())) {
            if (verdict(f) == Verdict.REJECTED) {
                out.add("[rejected] " + f.ruleId() + ": " + f.finding().explanation());
            }
        }
        for (ArticleFinding f : articleFindingsOf(c.articleId())) {
            if (verdict(f) == Verdict.REJECTED) {
                out.add("[rejected, whole article] " + f.ruleId() + ": " + f.finding().explanation());
            }
        }
        return String.join(" | ", out);
    }

    private void rescore() {
        rescoreQuietly();
        fire(Change.SCORES);
    }

    private void rescoreQuietly() {
        if (analysed == null) {
            return;
        }
        List<ArticleFinding> counted = new ArrayList<>();
        for (ArticleFinding f : analysed.findings()) {
            if (verdict(f) != Verdict.REJECTED) {
                counted.add(f);
            }
        }
        scores = scorer.score(counted, analysed.corpus(), analysed.rules(), profile);
    }
}

package org.credence.engine.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.credence.api.AnalyzedArticle;
import org.credence.api.Claim;
import org.credence.engine.io.AtomicFiles;
import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.scoring.ClaimScore;
import org.credence.engine.scoring.WeightsProfile;

/**
 * One row per claim: article, outlet, story (the id of the article's story), claim, text, score, the points each
 * rule contributed, the explanations, the article's headline and its whole-article findings, and any extra columns
 * the caller adds. Lines starting with {@code #} before the header record the profile the scores were made with
 * (weights, rules switched off, each plugin's and pack's version and SHA-256; docs/decisions/0033); CSV readers skip
 * them with a comment marker. UTF-8 with a byte-order mark and CRLF line ends, which Excel and LibreOffice
 * both open correctly; numbers with a dot. Text cells that a spreadsheet would run as a formula are neutralised.
 * See docs/decisions/0009-csv-export.md.
 */
public final class CsvExporter {

    private static final String BOM = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
            .setCommentMarker('#').build();

    public void write(Report report, Path file) throws IOException {
        write(report, file, List.of());
    }

    public void write(Report report, Path file, List<ExtraColumn> extra) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(BOM);
            write(report, w, extra);
            w.flush();
        });
    }

    /** Writes the CSV text (without the byte-order mark) to a writer. */
    public void write(Report report, Appendable out, List<ExtraColumn> extra) throws IOException {
        writeHead(report.rules(), report.scores().profile(), out, extra);
        for (String rows : rowsByArticle(report, extra).values()) {
            out.append(rows);
        }
    }

    /**
     * The CSV's beginning without the byte-order mark: the profile's comment lines and the header. A run scored in
     * parts writes this once, then each article's rows ({@link #rowsByArticle}) in the order of the run.
     */
    public void writeHead(List<RuleDescriptor> rules, WeightsProfile profile, Appendable out, List<ExtraColumn> extra)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("article_id", "outlet", "story", "claim_id", "sentence", "text",
                "score", "article_score"));
        ruleIds(rules).forEach(id -> header.add("points:" + id));
        header.add("explanations");
        header.addAll(ArticleColumns.HEADERS);
        extra.forEach(c -> header.add(c.header()));
        CSVPrinter csv = new CSVPrinter(out, FORMAT);   // not closed: the caller owns the stream
        for (String line : RunProfile.of(rules, profile).lines()) {
            csv.printComment("credence " + line);
        }
        csv.printRecord(header.stream().map(CsvExporter::text).toList());
        csv.flush();
    }

    /** The rows of each article of the report, by article id in the report's order; an article without claims has none. */
    public Map<String, String> rowsByArticle(Report report, List<ExtraColumn> extra) throws IOException {
        List<String> ruleIds = ruleIds(report.rules());
        ArticleColumns articleColumns = new ArticleColumns(report);
        Map<String, String> out = new LinkedHashMap<>();
        for (AnalyzedArticle article : report.corpus().articles()) {
            StringBuilder text = new StringBuilder();
            CSVPrinter csv = new CSVPrinter(text, FORMAT);
            String articleScore = report.scores().article(article.id()).map(a -> number(a.score())).orElse("");
            for (Claim claim : article.claims()) {
                ClaimScore score = report.scores().claim(claim.id()).orElse(null);
                List<String> row = new ArrayList<>();
                row.add(text(article.id()));
                row.add(text(article.article().outlet()));
                row.add(text(report.corpus().storyId(article.id())));
                row.add(text(claim.id()));
                row.add(Integer.toString(claim.sentenceIndex()));
                row.add(text(article.text(claim.span()).replaceAll("\\s+", " ").strip()));
                row.add(score == null ? "" : number(score.score()));
                row.add(articleScore);
                for (String id : ruleIds) {
                    boolean spoke = score != null && score.contributions().stream().anyMatch(c -> c.ruleId().equals(id));
                    row.add(spoke ? number(score.pointsOf(id)) : "");
                }
                row.add(text(score == null ? "" : score.contributions().stream()
                        .map(c -> c.ruleId() + ": " + c.finding().explanation())
                        .collect(Collectors.joining(" | "))));
                articleColumns.values(article).forEach(v -> row.add(text(v)));
                extra.forEach(c -> row.add(text(c.value().apply(claim))));
                csv.printRecord(row);
            }
            csv.flush();
            out.put(article.id(), text.toString());
        }
        return out;
    }

    private static List<String> ruleIds(List<RuleDescriptor> rules) {
        return rules.stream().map(RuleDescriptor::id).sorted().toList();
    }

    /**
     * A text cell as a spreadsheet will take it: one that begins with =, +, -, @, a tab or a carriage return would be
     * run as a formula, so it gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

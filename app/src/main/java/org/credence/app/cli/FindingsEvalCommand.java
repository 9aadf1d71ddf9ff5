package org.credence.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.credence.engine.io.AtomicFiles;
import org.credence.evaluation.Evaluations;
import org.credence.evaluation.Floors;
import org.credence.evaluation.datasets.DatasetException;
import org.credence.evaluation.findings.FindingRecord;
import org.credence.evaluation.findings.FindingsDraw;
import org.credence.evaluation.findings.FindingsPrecision;
import org.credence.evaluation.findings.FindingsReader;
import org.credence.evaluation.findings.FindingsWriter;
import org.credence.evaluation.findings.OpenNlpSentences;
import org.credence.evaluation.findings.PrecisionReport;
import org.credence.evaluation.findings.PrecisionTable;
import org.credence.evaluation.findings.ScoreReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * `credence eval findings`: precision per rule on findings people labelled, and the random draw of findings to
 * label from a score report (decision 0029).
 */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"Measures each rule's precision on labelled findings (JSON Lines, docs/labelling-findings.md):",
            "correct counts 1, partly a half, incorrect 0, with a 95%% Wilson score interval.",
            "With --draw, draws findings to label instead: per rule, a seeded uniform sample of a",
            "credence score --json report's findings, written unlabelled with the context a labeller needs."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line was read and no figure fell below its floor (or: the draw was written)",
            "1:some lines could not be used, or a figure fell below its floor",
            "2:the command line was wrong",
            "3:nothing labelled could be read (or: the report could not be read, or the output exists)"})
final class FindingsEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled findings files (JSON Lines).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this JSON file.")
    Path json;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Fail (exit 1) when a precision falls below its floor under \"findings\" in this JSON file.")
    Path floorsFile;

    @Option(names = "--draw", paramLabel = "REPORT", description = "Draw findings to label from this credence score --json report.")
    Path draw;

    @Option(names = "--out", paramLabel = "FILE", description = "With --draw: the findings file to write; must not exist.")
    Path out;

    @Option(names = "--per-rule", paramLabel = "N", defaultValue = "40",
            description = "With --draw: findings of each rule to draw, all when fewer (default: ${DEFAULT-VALUE}).")
    int perRule;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "With --draw: the seed; the same report and seed give the same draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "NAME", description = "With --draw: the set's name (default: the output file's name).")
    String set;

    @Option(names = "--corpus", paramLabel = "TEXT", defaultValue = "",
            description = "With --draw: what was scored, in words, written into every record.")
    String corpus;

    @Option(names = "--commit", paramLabel = "HASH", defaultValue = "",
            description = "With --draw: the Credence commit whose rules made the report, written into every record.")
    String commit;

    private static final List<String> DRAW_ONLY = List.of("--out", "--per-rule", "--seed", "--set", "--corpus", "--commit");

    @Override
    public Integer call() throws Exception {
        return draw != null ? draw() : measure();
    }

    private Integer measure() throws Exception {
        for (String option : DRAW_ONLY) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " goes with --draw");
            }
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing labelled findings files (FILE...), or --draw REPORT");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Floors floors = null;
        if (floorsFile != null) {
            try {
                floors = Floors.read(floorsFile, knownDatasets());
            } catch (IllegalArgumentException e) {
                err.println("credence: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        FindingsReader.Result read = new FindingsReader().read(files);
        read.problems().forEach(p -> err.println("credence: " + p));
        if (!read.unlabelled().isEmpty()) {
            err.println("credence: " + read.unlabelled().size() + " findings not labelled yet, left out (the first at "
                    + read.unlabelled().get(0).where() + ")");
        }
        if (read.labelled().isEmpty()) {
            err.println("credence: no labelled finding in " + files.stream().map(Path::toString).toList());
            return ExitCodes.FAILED;
        }
        TreeSet<String> rules = new TreeSet<>();
        Stream.concat(read.labelled().stream(), read.unlabelled().stream()).forEach(l -> rules.add(l.record().rule()));
        PrecisionReport report = new FindingsPrecision().measure(
                read.labelled().stream().map(FindingsReader.Located::record).toList(), rules);
        PrecisionTable table = new PrecisionTable();
        stdout.print(table.render(report));
        stdout.flush();
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            var node = table.toJson(report, files.stream().map(Path::toString).toList(), read.unlabelled().size(),
                    read.problems());
            AtomicFiles.write(json, w -> mapper.writeValue(w, node));
        }
        List<Floors.Breach> breaches = floors == null ? List.of()
                : floors.check(List.of(table.toResult(report, String.join(" ", files.stream().map(Path::toString).toList()))));
        breaches.forEach(b -> err.println("credence: " + b.describe()));
        return breaches.isEmpty() && read.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private Integer draw() throws Exception {
        if (!files.isEmpty() || json != null || floorsFile != null) {
            throw new ParameterException(spec.commandLine(),
                    "--draw takes no FILE, --json or --floors: draw first, label, then measure the labelled file");
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "--draw needs --out FILE, the findings file to write");
        }
        if (perRule < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--per-rule': must be at least 1, was "
                    + perRule);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out)) {
            // a findings file may hold someone's labels: never write over it
            err.println("credence: " + out + ": exists; a draw never replaces a findings file (choose another name)");
            return ExitCodes.FAILED;
        }
        ScoreReport report;
        try {
            report = ScoreReport.read(draw);
        } catch (DatasetException e) {
            err.println("credence: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        String name = set != null ? set : out.getFileName().toString().replaceFirst("\\.jsonl$", "");
        FindingsDraw.Request request = new FindingsDraw.Request(name, seed, perRule, corpus, commit,
                draw.getFileName().toString());
        List<FindingRecord> drawn = new FindingsDraw(new OpenNlpSentences()).draw(report, request);
        new FindingsWriter().write(out, drawn);
        Map<String, int[]> counts = new TreeMap<>();
        report.rules().forEach(r -> counts.put(r, new int[2]));
        drawn.forEach(r -> {
            int[] c = counts.computeIfAbsent(r.rule(), k -> new int[2]);
            c[0] = r.origin().ruleFindings();
            c[1]++;
        });
        stdout.printf("%-28s %9s %6s%n", "rule", "findings", "drawn");
        counts.forEach((rule, c) -> stdout.printf("%-28s %9d %6d%n", rule, c[0], c[1]));
        stdout.printf("%d findings of %d articles drawn into %s (set %s, seed %d)%n", drawn.size(), report.articles().size(),
                out, name, seed);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The data sets a floors file may name: the outside ones and labelled findings. */
    static List<String> knownDatasets() {
        List<String> known = new ArrayList<>(new Evaluations().datasets());
        known.add(FindingsPrecision.DATASET);
        return known;
    }
}

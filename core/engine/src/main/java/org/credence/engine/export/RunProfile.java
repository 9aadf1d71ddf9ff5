package org.credence.engine.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.credence.engine.report.Report;
import org.credence.engine.result.RuleDescriptor;
import org.credence.engine.rules.FolderFiles;
import org.credence.engine.scoring.WeightsProfile;

/**
 * What a report was scored with, so an export can be told apart from one made with other weights or other rules:
 * the profile's name and baseline, each rule's weight and switch, and each plugin jar or rule pack with its version
 * and SHA-256 (docs/decisions/0033). A rule from a development folder or given in-process has no single file to
 * hash; its checksum is "".
 *
 * @param name     the weights profile's name
 * @param baseline the score of a claim with no findings
 * @param rules    each rule that ran, in the report's order
 * @param sources  each plugin or pack the rules came from, once, in the order first met
 */
public record RunProfile(String name, double baseline, List<RuleSetting> rules, List<Source> sources) {

    /** A rule's weight in force and whether it was switched on. */
    public record RuleSetting(String id, double weight, boolean enabled, String pluginId) {
    }

    /** A plugin jar, rule pack or folder with its version and checksum. */
    public record Source(String pluginId, String version, String path, String sha256) {
    }

    public RunProfile {
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }

    public static RunProfile of(Report report) {
        return of(report.rules(), report.scores().profile());
    }

    /** The profile of a run with these rules, scored with these weights. */
    public static RunProfile of(List<RuleDescriptor> descriptors, WeightsProfile p) {
        List<RuleSetting> rules = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (RuleDescriptor r : descriptors) {
            rules.add(new RuleSetting(r.id(), p.weightOf(r.id(), r.info().defaultWeight()), p.isEnabled(r.id()),
                    r.pluginId()));
            sources.computeIfAbsent(r.pluginId() + "@" + r.pluginVersion(),
                    k -> new Source(r.pluginId(), r.pluginVersion(), r.source(), sha256(r.source())));
        }
        return new RunProfile(p.name(), p.baseline(), rules, List.copyOf(sources.values()));
    }

    private static String sha256(String source) {
        try {
            Path path = Path.of(source);
            return Files.isRegularFile(path) ? FolderFiles.sha256(path) : "";
        } catch (InvalidPathException e) {
            return "";
        }
    }

    /** The rules switched off. */
    public List<String> switchedOff() {
        return rules.stream().filter(r -> !r.enabled()).map(RuleSetting::id).toList();
    }

    /** The profile as short lines of text, for the head of a CSV file and for people. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "profile: %s, baseline %.1f", name, baseline));
        StringBuilder weights = new StringBuilder("weights:");
        for (RuleSetting r : rules) {
            weights.append(String.format(Locale.ROOT, " %s=%.3f", r.id(), r.weight()));
        }
        out.add(weights.toString());
        out.add("switched off: " + (switchedOff().isEmpty() ? "none" : String.join(", ", switchedOff())));
        for (Source s : sources) {
            out.add("plugin: " + s.pluginId() + " " + s.version() + " sha256 " + (s.sha256().isEmpty() ? "-"
                    : s.sha256()));
        }
        return out;
    }
}

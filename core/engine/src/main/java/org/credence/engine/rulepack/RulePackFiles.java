package org.credence.engine.rulepack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.credence.engine.result.PluginStatus;
import org.credence.engine.result.RuleFailure;
import org.credence.engine.rules.FolderFiles;
import org.credence.engine.rules.RuleRegistry;
import org.credence.engine.rules.RuleSource;

/**
 * The rule packs (JSON files) of a plugins folder. A pack with problems is listed as failed with its first one, and
 * each problem is reported; a pack whose id an earlier plugin or pack took fails; a pack switched off is listed as
 * DISABLED and gives no rules.
 */
public final class RulePackFiles implements RuleSource {

    private final Path dir;
    private final Set<String> disabled;

    public RulePackFiles(Path dir, Set<String> disabled) {
        this.dir = dir;
        this.disabled = Set.copyOf(disabled);
    }

    @Override
    public Runnable load(RuleRegistry registry) {
        List<Path> files;
        try {
            files = Files.isDirectory(dir) ? FolderFiles.list(dir, ".json") : List.of();
        } catch (IOException e) {
            files = List.of();   // the plugin jars' source has reported the folder
        }
        RulePackReader reader = new RulePackReader();
        for (Path file : files) {
            load(reader, file, registry);
        }
        return () -> {
        };
    }

    private void load(RulePackReader reader, Path file, RuleRegistry registry) {
        String sha = FolderFiles.sha256(file);
        RulePack pack;
        try {
            pack = reader.read(file);
        } catch (RulePackException e) {
            String name = file.getFileName().toString();
            for (PackProblem p : e.problems()) {
                registry.failure(new RuleFailure(name, "", "", problemText(p)));
            }
            registry.status(new PluginStatus(name, PluginStatus.RULE_PACK, "", "", "", file.toString(), sha,
                    PluginStatus.FAILED, problemText(e.problems().get(0))
                    + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "")));
            return;
        }
        String taken = registry.takenBy(pack.id()).orElse(null);
        if (taken != null) {
            String reason = "pack id " + pack.id() + " is already taken by " + taken;
            registry.status(status(pack, file, sha, PluginStatus.FAILED, reason));
            registry.failure(new RuleFailure(pack.id(), "", "", reason));
            return;
        }
        if (disabled.contains(pack.id())) {
            registry.status(status(pack, file, sha, PluginStatus.DISABLED, ""));
            return;
        }
        for (PackRule rule : pack.rules()) {
            registry.rule(new RulePackRule(rule), pack.id(), pack.version(), file.toString());
        }
        registry.status(status(pack, file, sha, PluginStatus.STARTED, ""));
    }

    private static String problemText(PackProblem p) {
        return "line " + p.line() + ": " + (p.field().isEmpty() ? "the file " : p.field() + " ") + p.message();
    }

    private static PluginStatus status(RulePack pack, Path file, String sha, String state, String error) {
        return new PluginStatus(pack.id(), PluginStatus.RULE_PACK, pack.version(), pack.author(), pack.license(),
                file.toString(), sha, state, error);
    }
}

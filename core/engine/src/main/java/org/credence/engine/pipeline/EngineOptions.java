package org.credence.engine.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.credence.api.CredibilityRule;

/**
 * How an {@link Engine} is set up.
 *
 * @param pluginsDir            folder of plugin jars to load (deployment mode), or null for none
 * @param developmentPluginDirs plugin module folders with {@code plugin.properties} and {@code target/classes}
 *                              (development mode), usually empty
 * @param lexiconDir            folder whose JSON lexicons replace the bundled ones of the same name, or null
 * @param threads               worker threads for analysis and rules, at least 1
 * @param ruleBudget            longest time one rule may take on one article before it counts as failed; above zero
 * @param builtInRules          rules given in-process rather than by plugins (tests, embedding)
 * @param userPluginDirs        more plugins folders loaded after {@code pluginsDir}, each with its own
 *                              {@code disabled.txt}: a user's own folder beside an installation's read-only one
 *                              (docs/decisions/0032)
 * @param modelDir              folder whose trained models ({@code KIND.model}, {@code attribution-en.bin}, as
 *                              {@code credence train} writes them) replace the shipped ones of the same name, or null
 */
public record EngineOptions(Path pluginsDir, List<Path> developmentPluginDirs, Path lexiconDir, int threads,
                            Duration ruleBudget, List<CredibilityRule> builtInRules, List<Path> userPluginDirs,
                            Path modelDir) {

    /** Options without user plugins folders, with the shipped models. */
    public EngineOptions(Path pluginsDir, List<Path> developmentPluginDirs, Path lexiconDir, int threads,
                         Duration ruleBudget, List<CredibilityRule> builtInRules) {
        this(pluginsDir, developmentPluginDirs, lexiconDir, threads, ruleBudget, builtInRules, List.of(), null);
    }

    /** Options without user plugins folders. */
    public EngineOptions(Path pluginsDir, List<Path> developmentPluginDirs, Path lexiconDir, int threads,
                         Duration ruleBudget, List<CredibilityRule> builtInRules, Path modelDir) {
        this(pluginsDir, developmentPluginDirs, lexiconDir, threads, ruleBudget, builtInRules, List.of(), modelDir);
    }

    /** Options with the shipped models. */
    public EngineOptions(Path pluginsDir, List<Path> developmentPluginDirs, Path lexiconDir, int threads,
                         Duration ruleBudget, List<CredibilityRule> builtInRules, List<Path> userPluginDirs) {
        this(pluginsDir, developmentPluginDirs, lexiconDir, threads, ruleBudget, builtInRules, userPluginDirs, null);
    }

    /** The same options with the models of another folder (null: the shipped ones). */
    public EngineOptions withModelDir(Path folder) {
        return new EngineOptions(pluginsDir, developmentPluginDirs, lexiconDir, threads, ruleBudget, builtInRules,
                userPluginDirs, folder);
    }

    public EngineOptions {
        userPluginDirs = List.copyOf(userPluginDirs);
        developmentPluginDirs = List.copyOf(developmentPluginDirs);
        builtInRules = List.copyOf(builtInRules);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(ruleBudget, "ruleBudget");
        if (ruleBudget.isZero() || ruleBudget.isNegative()) {
            throw new IllegalArgumentException("ruleBudget must be above zero, was " + ruleBudget.toMillis() + " ms");
        }
    }
}

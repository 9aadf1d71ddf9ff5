package org.credence.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --plugins DIR}, the one plugins-folder option of every command that loads or manages rules. */
final class PluginsOption {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "The plugins folder: rule plugin jars and rule packs (default: the plugins folder of the "
                    + "installation).")
    Path plugins;

    /** The folder to load rules from: the one given, else the installation's, else none (scores stay at baseline). */
    Path toLoad() {
        return plugins != null ? plugins : installationPlugins();
    }

    /**
     * The folder to manage: the one given; else the installation's when it can be written to (a zip unpacked by the
     * user); else the user's own (an installer's folder belongs to the system); else {@code plugins} in the working
     * folder.
     */
    Path toManage() {
        Path installed = installationPlugins();
        if (plugins != null) {
            return plugins;
        }
        if (installed != null && !Files.isWritable(installed)) {
            Path own = userPlugins();
            try {
                Files.createDirectories(own);
            } catch (java.io.IOException e) {
                // the command that uses it says the folder cannot be written, naming it
            }
            return own;
        }
        return installed != null ? installed : Path.of("plugins");
    }

    /**
     * The user's own plugins folders loaded after the installation's: {@code plugins} in the config folder, when it
     * exists and no {@code --plugins} was given (a folder given is the whole set of rules, as before).
     */
    List<Path> userFoldersToLoad() {
        Path own = userPlugins();
        Path installed = toLoad();
        if (plugins == null && installed != null && !Files.isWritable(installed)) {
            toManage();   // makes the user's folder, so there is somewhere to install rules to
        }
        return plugins == null && Files.isDirectory(own) && (installed == null || !own.equals(installed))
                ? List.of(own) : List.of();
    }

    /** {@code ~/.credence/plugins}: rules the user installs themselves, kept when the installation is replaced. */
    static Path userPlugins() {
        return ConfigFolder.path().resolve("plugins");
    }

    /** The plugins folder of the installation the launcher started from, or null when there is none. */
    static Path installationPlugins() {
        String home = System.getProperty("credence.home");
        if (home != null && Files.isDirectory(Path.of(home, "plugins"))) {
            return Path.of(home, "plugins");
        }
        return null;
    }
}

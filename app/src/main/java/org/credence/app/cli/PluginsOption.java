package org.credence.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /** The folder to manage: the one given, else the installation's, else {@code plugins} in the working folder. */
    Path toManage() {
        Path installed = installationPlugins();
        return plugins != null ? plugins : installed != null ? installed : Path.of("plugins");
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

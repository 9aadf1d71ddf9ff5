package org.credence.app.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import org.credence.engine.io.OneLine;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.plugins.PluginFolderWatcher;

/**
 * The engine the workbench works with, opened on first use (it loads models and plugins: seconds, so never on the
 * event thread), and the watch on its plugins folder, which calls back on the event thread when the folder changes.
 */
final class EngineSession implements AutoCloseable {

    private static final Duration QUIET = Duration.ofMillis(400);

    private final EngineOptions options;
    private final Runnable onPluginsChanged;
    private final Consumer<String> status;
    private volatile Engine engine;
    private volatile PluginFolderWatcher watcher;

    /**
     * @param onPluginsChanged run on the event thread when the plugins folder changes
     * @param status           shows a line in the status bar; called on the event thread
     */
    EngineSession(EngineOptions options, Runnable onPluginsChanged, Consumer<String> status) {
        this.options = options;
        this.onPluginsChanged = onPluginsChanged;
        this.status = status;
    }

    EngineOptions options() {
        return options;
    }

    /**
     * The plugins folder the trainer manages and the workbench watches: the plugins folder when it can be written
     * to, else the user's own folder loaded beside it (an installer's folder is read-only; decision 0032); null when
     * there is none.
     */
    Path managedFolder() {
        Path dir = options.pluginsDir();
        if (dir != null && Files.isWritable(dir) || options.userPluginDirs().isEmpty()) {
            return dir;
        }
        return options.userPluginDirs().get(0);
    }

    /** The engine, opened now if need be; call off the event thread. */
    synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.open(options);
            Path dir = managedFolder();
            if (dir != null && Files.isDirectory(dir)) {
                try {
                    watcher = new PluginFolderWatcher(dir, QUIET, () -> SwingUtilities.invokeLater(onPluginsChanged));
                } catch (IOException e) {
                    SwingUtilities.invokeLater(() -> status.accept("Not watching " + dir + " for new rule packs: "
                            + OneLine.message(e)));
                }
            }
        }
        return engine;
    }

    /** The engine with the plugins folder's rules as they are now: opened with them, or reloaded; off the event thread. */
    synchronized Engine withFreshRules() {
        if (engine == null) {
            return engine();   // a new engine loads them
        }
        engine.reloadRules();
        return engine;
    }

    /** The engine if it is open already. */
    synchronized Optional<Engine> ifOpen() {
        return Optional.ofNullable(engine);
    }

    /** Not synchronized: closing the window must not wait for an engine that is still loading its models. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}

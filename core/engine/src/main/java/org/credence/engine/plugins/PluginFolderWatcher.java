package org.credence.engine.plugins;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Watches a plugins folder and calls back once things settle after a rule pack, a plugin jar or {@code disabled.txt}
 * is added, changed or removed, so that a trainer editing a pack sees its findings change without a restart.
 * Editors save in bursts (a temporary file, a rename, a second write); changes within the quiet period make one
 * call. The callback runs on the watcher's own daemon thread.
 */
public final class PluginFolderWatcher implements AutoCloseable {

    private final WatchService service;
    private final Thread thread;

    /**
     * Starts watching.
     *
     * @param dir      the plugins folder; it must exist
     * @param quiet    how long the folder must stay unchanged before {@code onChange} is called
     * @param onChange what to do then
     */
    public PluginFolderWatcher(Path dir, Duration quiet, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> watch(quiet, onChange), "credence-plugin-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Duration quiet, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // wait for the burst to end: every further event restarts the quiet period
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || event.context() instanceof Path p && isWatched(p.getFileName().toString());
        }
        key.reset();
        return relevant;
    }

    /** Packs, jars and the switch file; not the temporary files an atomic write leaves for a moment. */
    static boolean isWatched(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".json") || n.endsWith(".jar") || n.equals(PluginSwitches.FILE));
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to keep
        }
        thread.interrupt();
    }
}

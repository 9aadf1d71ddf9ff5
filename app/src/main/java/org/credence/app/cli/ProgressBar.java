package org.credence.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.credence.engine.progress.ProgressListener;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return. Only drawn for batches, and at most
 * every 100 ms, so a fast run doesn't spend its time printing.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;
    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void progress(Stage stage, int done, int total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < MIN_INTERVAL_NANOS) {
            return;
        }
        lastDrawn = now;
        int filled = (int) ((long) WIDTH * done / total);
        err.printf(Locale.ROOT, "\r%-20s [%s%s] %d/%d", stage.label(), "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total);
        err.flush();
        drawn = true;
    }

    /** Clears the bar so what follows starts on a clean line. */
    synchronized void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}

package org.credence.app.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap in use and garbage-collection time over a stretch of work. A daemon thread samples the heap in use every
 * 20 ms; the peak includes garbage not yet collected, so it says how much heap the work was given room to fill, and
 * the figure that matters is whether the work completes under a given {@code -Xmx} and at what GC cost.
 */
final class HeapWatch implements AutoCloseable {

    /** What the watch saw. */
    record Reading(long peakBytes, long gcMillis) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long gcMillisAtStart;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapWatch() {
        gcMillisAtStart = gcMillis();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "credence-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    Reading read() {
        close();
        return new Reading(Math.max(peak, memory.getHeapMemoryUsage().getUsed()), gcMillis() - gcMillisAtStart);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}

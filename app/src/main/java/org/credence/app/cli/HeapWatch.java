package org.credence.app.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap in use and garbage-collection time over a stretch of work. A daemon thread samples the heap in use every
 * 20 ms; that peak includes garbage not yet collected, so it says how much heap the work was given room to fill.
 * The heap left after each collection (from the collectors' own notifications) is what the work really holds; its
 * peak is the figure to set {@code -Xmx} by.
 */
final class HeapWatch implements AutoCloseable {

    /** What the watch saw. */
    record Reading(long peakBytes, long peakAfterGcBytes, long gcMillis) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long gcMillisAtStart;
    private final Thread sampler;
    private volatile long peak;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final NotificationListener onGc = (n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) n.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> isHeapPool(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            peakAfterGc.accumulateAndGet(after, Math::max);
        }
    };
    private volatile boolean running = true;

    private HeapWatch() {
        gcMillisAtStart = gcMillis();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(onGc, null, null);
            }
        }
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
        return new Reading(Math.max(peak, memory.getHeapMemoryUsage().getUsed()), peakAfterGc.get(),
                gcMillis() - gcMillisAtStart);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(onGc);
                } catch (ListenerNotFoundException e) {
                    // already removed by an earlier close
                }
            }
        }
    }

    private static boolean isHeapPool(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}

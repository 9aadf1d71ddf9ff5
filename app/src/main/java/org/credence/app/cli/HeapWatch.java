package org.credence.app.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap in use and garbage-collection time over a stretch of work, from the JVM's own memory pools: each heap
 * pool's peak is reset at the start, and the peaks are summed at the end (an upper bound, since pools peak at
 * different moments).
 */
final class HeapWatch {

    /** What the watch saw. */
    record Reading(long peakBytes, long gcMillis) {
    }

    private final List<MemoryPoolMXBean> pools;
    private final long gcMillisAtStart;

    private HeapWatch(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        this.gcMillisAtStart = gcMillis();
    }

    static HeapWatch start() {
        System.gc();
        return new HeapWatch(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList());
    }

    Reading read() {
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Reading(peak, gcMillis() - gcMillisAtStart);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}

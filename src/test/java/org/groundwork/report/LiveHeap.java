package org.groundwork.report;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The benchmark's second heap reading: what an operation keeps alive, not what it passes through. The sum of
 * pool peaks ({@code HeapPeaks}) counts the young generation's garbage up to its next collection, so it follows
 * the collector's sizing of the young generation as much as the report; the heap in use just after each
 * collection during the operation is what it holds at that moment. The highest of those above the starting
 * baseline is its live peak; with no collection during the operation the pool peaks are the only reading.
 */
final class LiveHeap {

    private LiveHeap() {
    }

    static String peak(Supplier<?> operation) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicInteger collections = new AtomicInteger();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).map(java.util.Map.Entry::getValue)
                        .mapToLong(MemoryUsage::getUsed).sum();
                collections.incrementAndGet();
                peak.accumulateAndGet(after, Math::max);
            }
        };
        var collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(listener, null, null));
        try {
            operation.get();
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (GarbageCollectorMXBean collector : collectors) {
                try {
                    ((NotificationEmitter) collector).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return String.format("live peak +%d MB after %d collections during the run", (peak.get() - baseline) >> 20,
                collections.get());
    }
}

package org.groundwork.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;

/** Benchmarks' memory reading: how far the heap rises while one operation runs. */
public final class HeapPeaks {

    private HeapPeaks() {
    }

    /**
     * Peak heap above the post-GC baseline while {@code operation} runs: the sum of each heap pool's peak (an
     * upper bound, as pools peak at different moments), the old generation's alone (what is retained across
     * young collections), and the bytes the thread allocated in all (mostly short-lived).
     */
    public static String growth(Supplier<?> operation) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long[] before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).toArray();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        operation.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        long sum = 0;
        long old = 0;
        for (int i = 0; i < pools.size(); i++) {
            long growth = Math.max(0, pools.get(i).getPeakUsage().getUsed() - before[i]);
            sum += growth;
            if (pools.get(i).getName().contains("Old")) {
                old += growth;
            }
        }
        return String.format("%.1f s, sum of pool peaks +%d MB, old generation +%d MB, allocated %d MB", seconds,
                sum >> 20, old >> 20, allocated >> 20);
    }
}

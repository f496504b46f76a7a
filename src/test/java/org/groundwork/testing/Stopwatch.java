package org.groundwork.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Measures for the benchmarks (never asserts): runs an operation a few times after warming up, and appends the
 * median, 95th percentile and heap growth to {@code target/benchmarks/results.md} for BENCHMARKS.md.
 */
public final class Stopwatch {

    private static final Path RESULTS = Path.of("target", "benchmarks", "results.md");

    private Stopwatch() {
    }

    public record Measurement(String name, double medianMillis, double p95Millis, long heapGrowthMb) {

        String row() {
            return String.format("| %s | %.1f | %.1f | %d |", name, medianMillis, p95Millis, heapGrowthMb);
        }
    }

    public static Measurement measure(String name, int warmups, int runs, Supplier<?> operation) {
        for (int i = 0; i < warmups; i++) {
            operation.get();
        }
        System.gc();
        long heapBefore = usedHeap();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        long heapGrowth = Math.max(0, usedHeap() - heapBefore) / (1024 * 1024);
        Arrays.sort(millis);
        Measurement measurement = new Measurement(name, millis[runs / 2],
                millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], heapGrowth);
        record(measurement);
        return measurement;
    }

    /** Starts a results section: which benchmark, on which database, on what machine. */
    public static void section(String title) {
        String database = Boolean.getBoolean("groundwork.test.mysql") ? "MySQL-compatible server" : "embedded H2";
        append(String.format("%n### %s (%s)%n%nMachine: %d cores, %d MB max heap, %s %s; Java %s.%n%n"
                        + "| Operation | Median ms | p95 ms | Heap growth MB |%n|---|---|---|---|",
                title, database, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version")));
    }

    private static void record(Measurement measurement) {
        System.out.println("BENCHMARK " + measurement.row());
        append(measurement.row());
    }

    private static void append(String line) {
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeap() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}

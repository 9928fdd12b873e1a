package io.elsim.bench;

import io.elsim.line.Line;
import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the simulation core, run by hand through bench/run.sh (not a unit test: a
 * timing belongs in a benchmark). The line: 10 exponential stations of mean 1 s, 2 buffer
 * places between stations, an unlimited source.
 */
public final class LineBenchmark {

    static LineSpec tenStationLine(double horizon) {
        List<StationSpec> stations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stations.add(StationSpec.simple("s" + i, new DistributionSpec.Exponential(1), 1, i == 0 ? 0 : 2));
        }
        return LineSpec.of("bench-10", 1, horizon, 0, new ReleaseSpec.Unlimited(), stations);
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Runs the line and returns {events/s, station completions/s, the same per CPU second}.
     * The CPU-time rates are what to compare on a shared machine: they ignore time the thread
     * spent waiting for a core.
     */
    static double[] measure(double horizon) {
        Line line = new Line(tenStationLine(horizon), 0);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        line.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        // every completed vehicle was served by all 10 stations
        double completions = line.completedTotal() * 10.0;
        return new double[] {line.events() / seconds, completions / seconds, line.events() / cpu, completions / cpu};
    }

    static long heapAfterRun(double horizon) {
        Line line = new Line(tenStationLine(horizon), 0);
        line.run();
        long used = usedHeapAfterGc();
        // keep the line reachable during the measurement
        if (line.completedTotal() < 0) System.out.println(line);
        return used;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) {
        double horizon = args.length > 0 ? Double.parseDouble(args[0]) : 2_000_000;
        for (int i = 0; i < 3; i++) measure(horizon / 4); // JIT warm-up
        System.out.println("10-station exponential line, buffers of 2, unlimited source");
        System.out.println("run  simulated_s  events/s(wall)  completions/s(wall)  events/s(cpu)  completions/s(cpu)");
        for (int i = 1; i <= 5; i++) {
            double[] r = measure(horizon);
            System.out.printf(Locale.ROOT, "%3d  %11.0f  %13.3gM  %18.3gM  %12.3gM  %17.3gM%n",
                    i, horizon, r[0] / 1e6, r[1] / 1e6, r[2] / 1e6, r[3] / 1e6);
        }
        long base = usedHeapAfterGc();
        long h1 = heapAfterRun(horizon / 10);
        long h10 = heapAfterRun(horizon);
        long h100 = heapAfterRun(horizon * 10);
        System.out.printf(Locale.ROOT, "heap used after the run (MiB): baseline %.2f, horizon %.0f s: %.2f, "
                        + "%.0f s: %.2f, %.0f s: %.2f%n", base / 1048576.0, horizon / 10, h1 / 1048576.0,
                horizon, h10 / 1048576.0, horizon * 10, h100 / 1048576.0);
    }
}

package io.elsim.bench;

import io.elsim.config.ConfigLoader;
import io.elsim.model.LineSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What feeder lines cost: {@code FeederBenchmark WEEKS BASELINE.yaml} (docs/performance.md,
 * "Feeder lines").
 */
public final class FeederBenchmark {
    private FeederBenchmark() { }

    public static void main(String[] args) throws Exception {
        measure(Double.parseDouble(args[0]), Path.of(args[1]));
    }

    /**
     * The cost of feeder lines in one launch: the Douai example (with its pack line and doors
     * loop) against {@code baseline}, a Douai config without feeders (the example before they
     * were added), alternating runs, 3 warm-up runs each then 7 measured; CPU s per simulated
     * week, median, and their ratio.
     */
    static void measure(double weeks, Path baseline) throws Exception {
        double horizon = weeks * 7 * 86400;
        LineSpec with = LineBenchmark.example("douai", horizon);
        LineSpec without = ConfigLoader.load("baseline.yaml", Files.readString(baseline),
                List.of("horizon=" + horizon + "s", "warmup=0s")).spec();
        for (int i = 0; i < 3; i++) {
            LineBenchmark.run(without);
            LineBenchmark.run(with);
        }
        double[] a = new double[7];
        double[] b = new double[7];
        LineBenchmark.Run ra = null;
        LineBenchmark.Run rb = null;
        for (int i = 0; i < a.length; i++) {
            ra = LineBenchmark.run(without);
            a[i] = ra.cpuSeconds() / weeks;
            rb = LineBenchmark.run(with);
            b[i] = rb.cpuSeconds() / weeks;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf(Locale.ROOT, "douai without feeders: median %.4f CPU s per simulated week (%d events)%n",
                a[3], ra.line().events());
        System.out.printf(Locale.ROOT, "douai with pack line and doors: median %.4f CPU s per simulated week (%d events)%n",
                b[3], rb.line().events());
        System.out.printf(Locale.ROOT, "ratio with / without: %.3f (best %.3f / %.3f)%n", b[3] / a[3], b[0], a[0]);
    }
}

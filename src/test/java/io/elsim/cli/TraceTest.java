package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --trace: one row per station visit, checked by hand on a deterministic line and against the report. */
class TraceTest {
    @TempDir Path dir;

    /** Release every 60 s, a takes 30 s, b 90 s with no buffer: a is blocked while b works. */
    private static final String BLOCKING = """
            name: blocking pair
            horizon: 10min
            warmup: 0s
            release: {takt: 60s}
            stations:
              - {name: a, cycle: 30s}
              - {name: b, cycle: 90s, buffer: 0}
            """;

    private List<Map<String, String>> trace(String yaml, String... extra) throws IOException {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, yaml);
        Path out = dir.resolve("trace.csv");
        List<String> args = new ArrayList<>(List.of("run", cfg.toString(), "--trace", out.toString(), "--no-progress",
                "--format", "csv", "--output-dir", dir.resolve("report").toString()));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        // (the "trace: N station visits written" line is INFO: the log level is set once per JVM, so not checked here)
        assertThat(out).exists();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(String.join(",", TraceFile.COLUMNS));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) row.put(TraceFile.COLUMNS.get(i), cells[i]);
            rows.add(row);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("no temporary file left").isEmpty();
        }
        return rows;
    }

    private static String visit(Map<String, String> r) {
        return String.join(",", r.get("vehicle"), r.get("station"), r.get("arrive_s"), r.get("start_s"),
                r.get("finish_s"), r.get("leave_s"), r.get("blocked_s"));
    }

    @Test
    void a_deterministic_line_traced_by_hand() throws IOException {
        List<Map<String, String>> rows = trace(BLOCKING);
        // vehicle k is released at 60k when a is free. 0: a 0-30, b 30-120. 1: a 60-90, blocked until b
        // frees at 120; b 120-210. From then on a is free only when b takes its vehicle: vehicle k >= 2
        // enters a at 90k - 60, finishes 30 s later and waits 60 s for b, which works 90 s.
        List<String> expected = new ArrayList<>(List.of(
                "0,a,0,0,30,30,0", "0,b,30,30,120,120,0",
                "1,a,60,60,90,120,30", "1,b,120,120,210,210,0"));
        for (int k = 2; k <= 5; k++) {
            int in = 90 * k - 60;
            expected.add(k + ",a," + in + "," + in + "," + (in + 30) + "," + (in + 90) + ",60");
            expected.add(k + ",b," + (in + 90) + "," + (in + 90) + "," + (in + 180) + "," + (in + 180) + ",0");
        }
        // vehicle 6: a 480-510, blocked from 510 until b lets it go at 570; b 570-660 ends after the 600 s horizon
        expected.add("6,a,480,480,510,570,60");
        assertThat(rows.stream().map(TraceTest::visit).toList()).containsExactlyElementsOf(expected);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("product")).isEqualTo("vehicle");
            assertThat(r.get("server")).isEqualTo("1");
            assertThat(r.get("down_s")).isEqualTo("0");
        });
    }

    @Test
    void trace_times_agree_with_the_report_over_the_window() throws IOException {
        String yaml = """
                name: random pair
                seed: 3
                horizon: 1d
                warmup: 0s
                release: {takt: 60s}
                stations:
                  - name: a
                    cycle: {exponential: {mean: 40s}}
                    failures: {mtbf: 1h, mttr: 5min}
                  - {name: b, cycle: {exponential: {mean: 50s}}, buffer: 1}
                """;
        List<Map<String, String>> rows = trace(yaml, "--trace-window", "0..1d");
        double horizon = 86400;
        Map<String, Double> blocked = new HashMap<>();
        Map<String, Double> down = new HashMap<>();
        Map<String, Integer> left = new HashMap<>();
        for (Map<String, String> r : rows) {
            double arrive = d(r, "arrive_s");
            double start = d(r, "start_s");
            double finish = d(r, "finish_s");
            double leave = d(r, "leave_s");
            assertThat(arrive).isLessThanOrEqualTo(start);
            assertThat(start).isLessThan(finish);
            assertThat(finish).isLessThanOrEqualTo(leave);
            // without shifts, parts or setups, a server holding a vehicle is working, down or blocked
            assertThat(leave - finish).as("blocked after processing").isCloseTo(d(r, "blocked_s"), within(1e-6));
            blocked.merge(r.get("station"), d(r, "blocked_s"), Double::sum);
            down.merge(r.get("station"), d(r, "down_s"), Double::sum);
            left.merge(r.get("station"), 1, Integer::sum);
        }
        // each vehicle's visit to b starts where its visit to a ended
        Map<String, Double> leftA = new HashMap<>();
        for (Map<String, String> r : rows) if (r.get("station").equals("a")) leftA.put(r.get("vehicle"), d(r, "leave_s"));
        for (Map<String, String> r : rows) {
            if (r.get("station").equals("b")) assertThat(d(r, "arrive_s")).isEqualTo(leftA.get(r.get("vehicle")));
        }
        List<String> stations = Files.readAllLines(dir.resolve("report/stations.csv"));
        List<String> header = Arrays.asList(stations.get(0).split(","));
        String[] a = stations.get(1).split(",");
        double blockedFrac = Double.parseDouble(a[header.indexOf("blocked_frac")]);
        double downFrac = Double.parseDouble(a[header.indexOf("down_frac")]);
        long processed = Long.parseLong(a[header.indexOf("processed")]);
        // the trace holds the visits that left by the horizon; a's one server may still hold a vehicle,
        // which it took after the last visit left: the report's time exceeds the trace's by at most that
        double open = horizon - leftA.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(blockedFrac * horizon - blocked.get("a")).isBetween(-1e-6, open + 1e-6);
        assertThat(downFrac * horizon - down.get("a")).isBetween(-1e-6, open + 1e-6);
        assertThat(down.get("a")).as("a fails about every hour of work").isGreaterThan(600);
        assertThat(processed - left.get("a")).isBetween(0L, 1L);
        List<String> summary = Files.readAllLines(dir.resolve("report/summary.csv"));
        List<String> sh = Arrays.asList(summary.get(0).split(","));
        long completed = Long.parseLong(summary.get(1).split(",")[sh.indexOf("vehicles_completed")]);
        assertThat(left.get("b")).as("every vehicle that left b completed").isEqualTo((int) completed);
    }

    @Test
    void the_window_defaults_to_the_first_measured_day_and_bad_uses_are_refused() throws IOException {
        String yaml = BLOCKING.replace("horizon: 10min", "horizon: 3d").replace("warmup: 0s", "warmup: 1d");
        List<Map<String, String>> rows = trace(yaml);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(d(r, "leave_s")).isGreaterThanOrEqualTo(86400);
            assertThat(d(r, "arrive_s")).isLessThanOrEqualTo(2 * 86400);
        });
        Path cfg = dir.resolve("c.yaml");
        assertThat(Cli.run("run", cfg.toString(), "--trace", dir.resolve("t.json").toString()).err())
                .contains("the trace is CSV; name it .csv");
        assertThat(Cli.run("run", cfg.toString(), "--trace-window", "0..1d").err()).contains("give --trace FILE.csv too");
        Cli bad = Cli.run("run", cfg.toString(), "--trace", dir.resolve("t.csv").toString(), "--trace-window", "1d");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("write FROM..TO, e.g. 0..1d");
        Cli missing = Cli.run("run", cfg.toString(), "--trace", dir.resolve("no/such/t.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("elsim: --trace: cannot write").contains("nothing was run").doesNotContain("events in");
    }

    private static double d(Map<String, String> r, String column) {
        return Double.parseDouble(r.get(column));
    }
}

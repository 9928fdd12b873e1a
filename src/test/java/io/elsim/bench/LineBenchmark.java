package io.elsim.bench;

import io.elsim.config.ConfigLoader;
import io.elsim.line.Line;
import io.elsim.experiment.LineReport;
import io.elsim.model.CalendarSpec;
import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.ShiftSpec;
import io.elsim.model.StationSpec;
import io.elsim.report.Table;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * Speed and memory of the simulation core, run by hand through bench/run.sh (a timing is a
 * benchmark, never a unit test). Rates are per CPU second of the simulating thread, so that
 * a busy machine distorts them less; allocation is measured per thread too.
 */
public final class LineBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The line of the issue: 10 exponential stations of mean 1 s, 2 places between, unlimited source. */
    static LineSpec tenStationLine(double horizon) {
        return exponentialLine(10, horizon);
    }

    /** -Delsim.bench.unbalanced=true: branch stations of 1 s like the others (half loaded). */
    static final boolean UNBALANCED = Boolean.getBoolean("elsim.bench.unbalanced");

    /**
     * A network of the same size as {@link #tenStationLine}: s1 splits 50/50 into s2a / s2b,
     * which merge at s3; s3 sends to s5a / s5b first-free, merging at s6; s6 → s7 → s8, and s8
     * sends 10 % to a repair station (unlimited buffer, so the loop cannot jam) back to s6.
     * Exponential stations of mean 1 s, 2 places between, unlimited source; the four branch
     * stations take 2 s, as parallel stations do (each does half the work), so that every
     * station is loaded about as in the serial line.
     */
    static LineSpec tenStationNetwork(double horizon) {
        var exp = new DistributionSpec.Exponential(1);
        var exp2 = new DistributionSpec.Exponential(2);
        java.util.function.BiFunction<String, Integer, StationSpec> st = (n, b) ->
                StationSpec.simple(n, n.length() == 3 && n.startsWith("s") && !UNBALANCED ? exp2 : exp, 1, b);
        var share = io.elsim.model.Routing.SHARE;
        List<StationSpec> list = List.of(
                st.apply("s1", 0).withRoutes(share, List.of(new io.elsim.model.RouteSpec("s2a", 0.5, List.of()),
                        new io.elsim.model.RouteSpec("s2b", null, List.of()))),
                st.apply("s2a", 2).withRoutes(share, List.of(io.elsim.model.RouteSpec.to("s3"))),
                st.apply("s2b", 2),
                st.apply("s3", 2).withRoutes(io.elsim.model.Routing.FIRST_FREE,
                        List.of(io.elsim.model.RouteSpec.to("s5a"), io.elsim.model.RouteSpec.to("s5b"))),
                st.apply("s5a", 2).withRoutes(share, List.of(io.elsim.model.RouteSpec.to("s6"))),
                st.apply("s5b", 2),
                st.apply("s6", 2),
                st.apply("s7", 2),
                st.apply("s8", 2).withRoutes(share, List.of(new io.elsim.model.RouteSpec("repair", 0.1, List.of()),
                        io.elsim.model.RouteSpec.to(io.elsim.model.RouteSpec.END))),
                st.apply("repair", StationSpec.UNLIMITED).withRoutes(share, List.of(io.elsim.model.RouteSpec.to("s6"))));
        return LineSpec.of("bench-network", 1, horizon, 0, new ReleaseSpec.Unlimited(), list);
    }

    /** Station completions of a run: the sum of processed over the stations (no warm-up in benchmarks). */
    static long processedSum(Line line) {
        long n = 0;
        for (var s : line.stations()) n += s.processed();
        return n;
    }

    static LineSpec exponentialLine(int stations, double horizon) {
        List<StationSpec> list = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            list.add(StationSpec.simple("s" + i, new DistributionSpec.Exponential(1), 1, i == 0 ? 0 : 2));
        }
        return LineSpec.of("bench-" + stations, 1, horizon, 0, new ReleaseSpec.Unlimited(), list);
    }

    /** A 400-station assembly line: lognormal cycles, failures, two shifts Mon-Fri. */
    static LineSpec assemblyLine(int stations, double horizon) {
        List<StationSpec> list = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            var failures = new FailureSpec(new DistributionSpec.Exponential(8 * 3600),
                    new DistributionSpec.Exponential(180), FailureSpec.Basis.BUSY);
            list.add(new StationSpec("st" + i, new DistributionSpec.Lognormal(55, 0.1), Map.of(), 1, 1,
                    i == 0 ? 0 : 2, failures, null, null, 0));
        }
        var days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        var calendar = new CalendarSpec(47, List.of(new ShiftSpec(days, 5 * 60 + 30, 13 * 60 + 30, null),
                new ShiftSpec(days, 13 * 60 + 30, 21 * 60 + 30, null)));
        return new LineSpec("assembly-" + stations, 1, horizon, 0, calendar,
                List.of(new ProductSpec("vehicle", 1)), new SequenceSpec.Random(),
                new ReleaseSpec.Takt(60), list, List.of());
    }

    static LineSpec example(String name, double horizon) throws Exception {
        String text = Files.readString(Path.of("examples", name + ".yaml"));
        return ConfigLoader.load(name + ".yaml", text, List.of("horizon=" + horizon + "s", "warmup=0s")).spec();
    }

    /** CPU seconds, allocated bytes and the line itself for one run. */
    record Run(Line line, double cpuSeconds, long allocatedBytes, long stationCompletions) { }

    static Run run(LineSpec spec) {
        Line line = new Line(spec, 0);
        long tid = Thread.currentThread().getId();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long a0 = THREADS.getThreadAllocatedBytes(tid);
        line.run();
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        long allocated = THREADS.getThreadAllocatedBytes(tid) - a0;
        return new Run(line, cpu, allocated, line.completedTotal() * spec.stations().size());
    }

    static Run best(Supplier<LineSpec> spec, int repeats) {
        Run best = null;
        for (int i = 0; i < repeats; i++) {
            Run r = run(spec.get());
            if (best == null || r.cpuSeconds < best.cpuSeconds) best = r;
        }
        return best;
    }

    /** JIT warm-up of scenario (a) and the reference loop. */
    static void warmUp(double horizon) {
        for (int i = 0; i < 3; i++) {
            run(tenStationLine(horizon / 4));
            new ReferenceLoop().run(horizon / 4);
        }
    }

    /** The fastest of {@code repeats} runs of the hand-written reference loop. */
    record Reference(double cpuSeconds, long completions, long departures) {
        double completionsPerCpuSecond() { return completions / cpuSeconds; }
    }

    static Reference bestReference(double horizon, int repeats) {
        return bestReference(10, horizon, repeats);
    }

    static Reference bestReference(int stations, double horizon, int repeats) {
        Reference best = null;
        for (int i = 0; i < repeats; i++) {
            ReferenceLoop loop = new ReferenceLoop(stations);
            double cpu = cpuSeconds(() -> loop.run(horizon));
            if (best == null || cpu < best.cpuSeconds) best = new Reference(cpu, loop.completions(), loop.departures());
        }
        return best;
    }

    /** A run of a hand-written line with elsim's statistics, and that line. */
    record Measured(double cpuSeconds, MeasuredLine loop) {
        double completionsPerCpuSecond() { return loop.completions() / cpuSeconds; }
    }

    static Measured measuredReference(double horizon) {
        MeasuredReferenceLoop loop = new MeasuredReferenceLoop(10, horizon);
        return new Measured(cpuSeconds(() -> loop.run(horizon)), loop);
    }

    /** A run of {@link KernelBoundLine}: scenario (a) as a specialised kernel inside elsim could run it. */
    static Measured kernelBound(double horizon) {
        KernelBoundLine line = new KernelBoundLine(tenStationLine(horizon));
        return new Measured(cpuSeconds(() -> line.run(horizon)), line);
    }

    /** The faster of two runs; {@code best} may be null. */
    static Measured faster(Measured best, Measured run) {
        return best == null || run.cpuSeconds < best.cpuSeconds ? run : best;
    }

    /** CPU seconds of the current thread spent in {@code work}. */
    static double cpuSeconds(Runnable work) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
    }

    /**
     * The best runs of scenario (a) and of the reference loop, and their ratio (the headline);
     * also the best runs of the reference with elsim's statistics and of the kernel bound when
     * asked, else null.
     */
    record Headline(Run elsim, Reference reference, Measured measured, Measured kernel) {
        double ratio() {
            return elsim.stationCompletions / elsim.cpuSeconds / reference.completionsPerCpuSecond();
        }

        double ceilingRatio() {
            return measured.completionsPerCpuSecond() / reference.completionsPerCpuSecond();
        }

        double kernelRatio() {
            return kernel.completionsPerCpuSecond() / reference.completionsPerCpuSecond();
        }
    }

    /**
     * Scenario (a) and the reference loop (and, if {@code ceiling}, the reference with elsim's
     * statistics and the kernel bound), run alternately: a shared machine that slows down or speeds up during
     * the benchmark then affects all alike, and the ratios stay fair.
     */
    static Headline headline(double horizon, int repeats, boolean ceiling) {
        if (ceiling) {
            for (int i = 0; i < 3; i++) {
                measuredReference(horizon / 4);
                kernelBound(horizon / 4);
            }
        }
        Run best = null;
        Reference ref = null;
        Measured measured = null;
        Measured kernel = null;
        for (int i = 0; i < repeats; i++) {
            Run r = run(tenStationLine(horizon));
            if (best == null || r.cpuSeconds < best.cpuSeconds) best = r;
            Reference f = bestReference(horizon, 1);
            if (ref == null || f.cpuSeconds < ref.cpuSeconds) ref = f;
            if (ceiling) {
                measured = faster(measured, measuredReference(horizon));
                kernel = faster(kernel, kernelBound(horizon));
            }
        }
        return new Headline(best, ref, measured, kernel);
    }

    /** The best rate, per CPU second, of {@code repeats} runs of a loop that returns its event count. */
    static double bestRate(LongSupplier loop, int repeats) {
        double best = 0;
        for (int i = 0; i < repeats; i++) {
            long[] events = new long[1];
            double cpu = cpuSeconds(() -> events[0] = loop.getAsLong());
            best = Math.max(best, events[0] / cpu);
        }
        return best;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void row(String scenario, Run r) {
        System.out.printf(Locale.ROOT, "%-34s %10.2f %12.2f %12.2f %12.1f%n", scenario,
                r.line.events() / r.cpuSeconds / 1e6, r.stationCompletions / r.cpuSeconds / 1e6,
                r.line.completedTotal() / r.cpuSeconds / 1e3, (double) r.allocatedBytes / Math.max(1, r.line.events()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 2 && args[0].equals("example")) {
            // one example over a horizon in weeks, for A/B comparisons on a real model: 3 warm-up
            // runs, then the best and the median of 7
            double weeks = Double.parseDouble(args[2]);
            LineSpec spec = example(args[1], weeks * 7 * 86400);
            for (int i = 0; i < 3; i++) run(spec);
            double[] cpu = new double[7];
            Run last = null;
            for (int i = 0; i < cpu.length; i++) {
                last = run(spec);
                cpu[i] = last.cpuSeconds;
            }
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s, %.0f weeks: best %.3f CPU s (%.2f M events/CPU s), median %.3f; %d events, %d vehicles%n",
                    args[1], weeks, cpu[0], last.line.events() / cpu[0] / 1e6, cpu[3], last.line.events(), last.line.completedTotal());
            return;
        }
        double horizon = args.length > 0 ? Double.parseDouble(args[0]) : 2_000_000;
        if (args.length > 1 && args[1].equals("quick")) {
            // scenario (a) and the reference only, for A/B comparisons of a change
            warmUp(horizon);
            Headline h = headline(horizon, 7, false);
            System.out.printf(Locale.ROOT, "(a) %.2f M/s, reference %.2f M/s, ratio %.3f%n",
                    h.elsim.stationCompletions / h.elsim.cpuSeconds / 1e6,
                    h.reference.completionsPerCpuSecond() / 1e6, h.ratio());
            return;
        }
        if (args.length > 1 && args[1].equals("network")) {
            // CPU per station completion: the 10-station serial line against a 10-station network
            // with two branches and a loop, alternating, best of 7 each
            for (int i = 0; i < 3; i++) {
                run(tenStationLine(horizon / 4));
                run(tenStationNetwork(horizon / 4));
            }
            double serial = Double.POSITIVE_INFINITY;
            double network = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 7; i++) {
                Run a = run(tenStationLine(horizon));
                serial = Math.min(serial, a.cpuSeconds * 1e9 / processedSum(a.line));
                Run b = run(tenStationNetwork(horizon));
                network = Math.min(network, b.cpuSeconds * 1e9 / processedSum(b.line));
            }
            System.out.printf(Locale.ROOT, "per station completion: serial %.1f ns, network %.1f ns, network / serial %.3f%n",
                    serial, network, network / serial);
            if (args.length > 2 && args[2].equals("unbalanced")) {
                // the cost of stations loaded unevenly, without routing: a serial line whose stations
                // 2, 3, 5, 6 take 0.5 s (half loaded, like branch stations of 1 s at half the flow)
                double uneven = Double.POSITIVE_INFINITY;
                for (int i = 0; i < 7; i++) {
                    List<StationSpec> list = new ArrayList<>();
                    for (int k = 0; k < 10; k++) {
                        double mean = k == 1 || k == 2 || k == 4 || k == 5 ? 0.5 : 1;
                        list.add(StationSpec.simple("s" + k, new DistributionSpec.Exponential(mean), 1, k == 0 ? 0 : 2));
                    }
                    Run r = run(LineSpec.of("uneven", 1, horizon, 0, new ReleaseSpec.Unlimited(), list));
                    uneven = Math.min(uneven, r.cpuSeconds * 1e9 / processedSum(r.line));
                }
                System.out.printf(Locale.ROOT, "serial line with four half-loaded stations: %.1f ns, / serial %.3f%n",
                        uneven, uneven / serial);
            }
            return;
        }
        if (args.length > 1 && args[1].equals("ceiling")) {
            // scenario (a), the bare reference, the reference with elsim's statistics and the kernel bound
            warmUp(horizon);
            Headline h = headline(horizon, 7, true);
            Measured m = h.measured;
            System.out.printf(Locale.ROOT, "(a) %.2f M/s, reference %.2f M/s, reference with statistics %.2f M/s;"
                    + " ratios to the reference: elsim %.3f, with statistics %.3f%n",
                    h.elsim.stationCompletions / h.elsim.cpuSeconds / 1e6, h.reference.completionsPerCpuSecond() / 1e6,
                    m.completionsPerCpuSecond() / 1e6, h.ratio(), h.ceilingRatio());
            System.out.printf(Locale.ROOT, "kernel bound (elsim's engine, samplers and statistics, the line in arrays):"
                    + " %.2f M/s, ratio %.3f; departures %d, elsim's %d%n", h.kernel.completionsPerCpuSecond() / 1e6,
                    h.kernelRatio(), h.kernel.loop.departures(), h.elsim.line.completedTotal());
            System.out.printf(Locale.ROOT, "cross-check: departures %d and %d; Little's law: mean WIP %.4f,"
                    + " throughput x mean build time %.4f%n", m.loop.departures(), h.reference.departures(),
                    m.loop.meanWip(horizon), m.loop.departures() / horizon * m.loop.meanBuildTime());
            // elsim on the same line, its own random numbers: the same figures within sampling error
            Table summary = LineReport.tables(h.elsim.line).get(0);
            System.out.printf(Locale.ROOT, "elsim, same line: departures %d; mean WIP %.4f, throughput x mean build time %.4f%n",
                    h.elsim.line.completedTotal(), summary.getDouble(0, "wip_mean"),
                    summary.getDouble(0, "throughput_per_hour") * summary.getDouble(0, "build_time_mean_h"));
            return;
        }
        if (args.length > 1 && args[1].equals("engine")) {
            // the event calendar alone beside a primitive heap, for A/B comparisons of the engine
            for (int i = 0; i < 3; i++) {
                EngineLoop.simulator(horizon / 4);
                EngineLoop.primitive(horizon / 4);
            }
            System.out.printf(Locale.ROOT, "engine alone: Simulator %.2f M events/CPU s, primitive heap %.2f%n",
                    bestRate(() -> EngineLoop.simulator(horizon), 7) / 1e6,
                    bestRate(() -> EngineLoop.primitive(horizon), 7) / 1e6);
            return;
        }
        if (args.length > 1 && args[1].equals("libraries")) {
            libraries(horizon, 5);
            return;
        }
        if (args.length > 1 && args[1].equals("engine-scale")) {
            engineScale(horizon, new int[] {10, 100, 1000, 2500, 10000}, 5);
            return;
        }
        if (args.length > 1 && args[1].equals("profile-a")) {
            // a long run of scenario (a) alone, to attach a profiler to
            for (int i = 0; i < 10; i++) run(tenStationLine(horizon));
            return;
        }
        // JIT warm-up on every scenario
        warmUp(horizon);
        run(example("douai", 7 * 86400));
        run(assemblyLine(400, 86400));

        System.out.println("scenario                            M events/s  M compl./s  k vehicles/s  bytes/event");
        Headline headline = headline(horizon, 5, true);
        Run ten = headline.elsim;
        Reference ref = headline.reference;
        row("(a) 10 exp. stations, buffers 2", ten);
        System.out.printf(Locale.ROOT, "%-34s %10s %12.2f%n", "(a) hand-written reference loop", "",
                ref.completionsPerCpuSecond() / 1e6);
        System.out.printf(Locale.ROOT, "%-34s %10s %12.2f%n", "(a) reference with elsim's stats", "",
                headline.measured.completionsPerCpuSecond() / 1e6);
        System.out.printf(Locale.ROOT, "%-34s %10s %12.2f%n", "(a) specialised-kernel bound", "",
                headline.kernel.completionsPerCpuSecond() / 1e6);
        double ratio = headline.ratio();
        Run douai = best(() -> uncheckedExample("douai", 4 * 7 * 86400), 3);
        row("(b) Douai example, 4 weeks", douai);
        Run assembly = best(() -> assemblyLine(400, 7 * 86400), 2);
        row("(c) 400 stations, failures, shifts", assembly);
        System.out.printf(Locale.ROOT, "%nheadline: elsim / reference = %.2f (station completions per CPU second)%n", ratio);
        System.out.printf(Locale.ROOT, "ceiling: reference with elsim's statistics / reference = %.2f%n",
                headline.ceilingRatio());
        System.out.printf(Locale.ROOT, "kernel bound: a specialised kernel inside elsim / reference = %.2f%n",
                headline.kernelRatio());
        System.out.printf(Locale.ROOT, "engine alone (10 events rescheduling at Exp(1)): Simulator %.2f M events/CPU s, primitive heap %.2f%n",
                bestRate(() -> EngineLoop.simulator(horizon), 5) / 1e6, bestRate(() -> EngineLoop.primitive(horizon), 5) / 1e6);
        System.out.printf(Locale.ROOT, "cross-check: departures per s elsim %.4f, reference %.4f%n",
                ten.line.completedTotal() / horizon, ref.departures() / horizon);

        System.out.println("\nscale: CPU microseconds per station completion");
        for (int k : new int[] {10, 100, 400}) {
            Run r = best(() -> exponentialLine(k, horizon * 10 / k), 2);
            Reference loop = bestReference(k, horizon * 10 / k, 2);
            System.out.printf(Locale.ROOT, "  %3d exponential stations: %.3f (reference loop %.3f)%n", k,
                    r.cpuSeconds * 1e6 / r.stationCompletions, loop.cpuSeconds * 1e6 / loop.completions);
        }
        engineScale(horizon, new int[] {10, 1000, 10000}, 3);
        for (double weeks : new double[] {1, 52, 520}) {
            Run r = run(uncheckedExample("douai", weeks * 7 * 86400));
            System.out.printf(Locale.ROOT, "  Douai, %4.0f weeks: %.3f per station completion, %.1f per vehicle%n",
                    weeks, r.cpuSeconds * 1e6 / r.stationCompletions, r.cpuSeconds * 1e6 / r.line.completedTotal());
        }

        System.out.println("\nthreads: 4 replications of a year of Douai, compiled code (wall s; best of 2)");
        LineSpec year = uncheckedExample("douai", 52 * 7 * 86400);
        replicationsWall(year, 2);
        for (int threads : new int[] {1, 2}) {
            double wall = Math.min(replicationsWall(year, threads), replicationsWall(year, threads));
            System.out.printf(Locale.ROOT, "  %d thread(s): %.2f%n", threads, wall);
        }

        System.out.println("\nheap used after the run, the line still reachable (MiB)");
        for (double years : new double[] {1, 10}) {
            Line line = new Line(uncheckedExample("douai", years * 52 * 7 * 86400), 0);
            line.run();
            long used = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "  Douai, %2.0f year(s): %.2f (vehicles built %d, vehicle objects allocated %d)%n",
                    years, used / 1048576.0, line.completedTotal(), line.vehiclesAllocated());
        }
    }

    /**
     * The event calendar's cost per event as the number of pending events grows, beside the
     * primitive heap; the horizon shrinks with it so that every row fires about as many events.
     */
    static void engineScale(double horizon, int[] sizes, int repeats) {
        System.out.println("  engine alone, CPU ns per event: pending events, Simulator, primitive heap");
        for (int pending : sizes) {
            double h = horizon * 10 / pending;
            EngineLoop.simulator(h / 4, pending);
            EngineLoop.primitive(h / 4, pending);
            System.out.printf(Locale.ROOT, "  %8d %8.1f %8.1f%n", pending,
                    1e9 / bestRate(() -> EngineLoop.simulator(h, pending), repeats),
                    1e9 / bestRate(() -> EngineLoop.primitive(h, pending), repeats));
        }
    }

    /**
     * Scenario (a) beside the same line written by hand for an event library: bare (as the
     * issue's figures for SSJ, the fastest Java library it quotes) and with elsim's statistics;
     * on the reference's primitive heap, on elsim's engine and on SSJ's with its event lists.
     * Run alternately, the best of {@code repeats} each, with ratios to the bare reference loop.
     */
    static void libraries(double horizon, int repeats) {
        Map<String, Supplier<LineLoop>> loops = new LinkedHashMap<>();
        loops.put("bare, primitive heap (the reference)", ReferenceLoop::new);
        loops.put("bare, elsim's engine (Simulator)", () -> new ElsimEventLine(10));
        loops.put("bare, SSJ splay tree (its default)", () -> new SsjLine(10, SplayTree::new));
        loops.put("bare, SSJ binary tree", () -> new SsjLine(10, BinaryTree::new));
        loops.put("bare, SSJ Henriksen", () -> new SsjLine(10, Henriksen::new));
        loops.put("bare, SSJ red-black tree", () -> new SsjLine(10, RedblackTree::new));
        loops.put("statistics, primitive heap (ceiling)", () -> new MeasuredReferenceLoop(10, horizon));
        loops.put("statistics, elsim's engine", () -> new ElsimMeasuredLine(10, horizon));
        loops.put("statistics, SSJ splay tree", () -> new SsjMeasuredLine(10, horizon, SplayTree::new));
        loops.put("statistics, SSJ binary tree", () -> new SsjMeasuredLine(10, horizon, BinaryTree::new));
        loops.put("statistics, SSJ Henriksen", () -> new SsjMeasuredLine(10, horizon, Henriksen::new));
        warmUp(horizon);
        for (int i = 0; i < 3; i++) {
            for (Supplier<LineLoop> loop : loops.values()) loop.get().run(horizon / 4);
        }
        double elsim = 0;
        long elsimDepartures = 0;
        double[] best = new double[loops.size()];
        long[] departures = new long[loops.size()];
        for (int r = 0; r < repeats; r++) {
            Run run = run(tenStationLine(horizon));
            elsim = Math.max(elsim, run.stationCompletions / run.cpuSeconds);
            elsimDepartures = run.line.completedTotal();
            int k = 0;
            for (Supplier<LineLoop> make : loops.values()) {
                LineLoop loop = make.get();
                long[] completions = new long[1];
                double cpu = cpuSeconds(() -> completions[0] = loop.run(horizon));
                best[k] = Math.max(best[k], completions[0] / cpu);
                departures[k++] = loop.departures();
            }
        }
        System.out.println("the line of scenario (a) written by hand, M station completions per CPU second (best of "
                + repeats + "), ratio to the bare reference, departures (the same for the same model)");
        int k = 0;
        for (String name : loops.keySet()) {
            System.out.printf(Locale.ROOT, "  %-38s %7.2f %6.3f %9d%n", name, best[k] / 1e6, best[k] / best[0],
                    departures[k]);
            k++;
        }
        System.out.printf(Locale.ROOT, "  %-38s %7.2f %6.3f %9d  (its own random numbers)%n",
                "elsim, scenario (a) from its config", elsim / 1e6, elsim / best[0], elsimDepartures);
    }

    /** Wall seconds for 4 replications of {@code spec} on {@code threads} threads. */
    static double replicationsWall(LineSpec spec, int threads) throws InterruptedException {
        Thread[] workers = new Thread[threads];
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            int first = i;
            workers[i] = new Thread(() -> {
                for (int r = first; r < 4; r += threads) new Line(spec, r).run();
            });
            workers[i].start();
        }
        for (Thread t : workers) t.join();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static LineSpec uncheckedExample(String name, double horizon) {
        try {
            return example(name, horizon);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.elsim.experiment;

import io.elsim.line.Line;
import io.elsim.line.RunSeries;
import io.elsim.line.Visit;
import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.Table;
import io.elsim.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs replications on a pool of threads. Replication r of a config always runs
 * {@code new Line(spec, r)}, whose random streams derive from (seed, r) alone; results are
 * collected by replication number, never by finishing order, so a report is byte-identical
 * whatever the number of threads. A ForkJoinPool is used so that scenario tasks of a sweep
 * can fork their replications into the same pool without starving it.
 */
public final class Replicator implements AutoCloseable {
    /** Told about each finished replication (from pool threads: must be thread-safe). */
    public interface Listener {
        void replicationDone(LineSpec spec, int replication, double simSeconds);

        /** A replication under way has reached {@code simSeconds} (about every million events). */
        default void simulating(LineSpec spec, int replication, double simSeconds) { }

        /** Whether {@link #simulating} is wanted: runs skip the calls otherwise. */
        default boolean wantsSimulatedTime() { return false; }

        Listener NONE = (spec, replication, simSeconds) -> { };
    }

    private final ForkJoinPool pool;
    /** Whether the first run has been done alone; see {@link #firstAlone}. */
    private final AtomicBoolean firstRunDone = new AtomicBoolean();
    private final long maxEvents;
    private final double maxEventRate;
    private final Listener listener;

    public Replicator(int threads, long maxEvents, Listener listener) {
        this(threads, maxEvents, RunSettings.DEFAULT_MAX_EVENT_RATE, listener);
    }

    /** @param maxEventRate events per simulated second beyond which a run is stopped as a runaway */
    public Replicator(int threads, long maxEvents, double maxEventRate, Listener listener) {
        this.maxEventRate = maxEventRate;
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.pool = new ForkJoinPool(threads);
        this.maxEvents = maxEvents;
        this.listener = listener == null ? Listener.NONE : listener;
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The outcome of replicating one config; {@code series} (for charts) pools the replications
     * kept, and is null unless asked for with {@link #keepSeries}.
     */
    public record Result(List<Table> tables, int replications, List<List<Table>> perReplication, RunSeries series) {
        public Result(List<Table> tables, int replications, List<List<Table>> perReplication) {
            this(tables, replications, perReplication, null);
        }
    }

    /** Series per replication number, collected only when asked for (they cost a histogram each). */
    private volatile Map<Integer, RunSeries> series;

    private volatile Visit.Observer trace;

    /** Tell {@code observer} about every station visit of replication 0 (--trace). */
    public Replicator trace(Visit.Observer observer) {
        trace = observer;
        return this;
    }

    /** Keep each replication's {@link RunSeries} so that {@link Result#series()} can be filled (for --chart). */
    public Replicator keepSeries() {
        series = new ConcurrentHashMap<>();
        return this;
    }

    /** Runs replications of {@code spec} as {@code stopping} says and aggregates their tables. */
    public Result replicate(LineSpec spec, Stopping stopping) {
        List<List<Table>> runs = new ArrayList<>(run(spec, 0, stopping.initial()));
        if (stopping.precision() != null) {
            int batch = Math.max(1, pool.getParallelism());
            while (!precise(runs, stopping.precision()) && runs.size() < stopping.maxReplications()) {
                int from = runs.size();
                int to = Math.min(stopping.maxReplications(), from + batch);
                // a whole batch runs in parallel, but the count kept is the first that meets the
                // target, so the result does not depend on the batch size (the thread count)
                for (List<Table> tables : run(spec, from, to)) {
                    runs.add(tables);
                    if (precise(runs, stopping.precision())) break;
                }
            }
        }
        List<Table> tables = stopping.aggregated() ? Aggregation.aggregate(runs) : runs.get(0);
        tables = withTargets(spec, tables);
        return new Result(tables, runs.size(), runs, pooledSeries(runs.size()));
    }

    /** The series of replications 0 .. n-1 pooled in replication order, or null when not kept. */
    private RunSeries pooledSeries(int n) {
        Map<Integer, RunSeries> kept = series;
        if (kept == null) return null;
        List<RunSeries> runs = new ArrayList<>();
        for (int r = 0; r < n; r++) runs.add(kept.get(r));
        kept.clear();
        return RunSeries.pool(runs);
    }

    public Report report(LineSpec spec, Stopping stopping) {
        return new Report(replicate(spec, stopping).tables(), spec, Version.current());
    }

    /** Whether the relative half-width of {@value Stopping#PRECISION_FIELD} is at most {@code precision}. */
    public static boolean precise(List<List<Table>> runs, double precision) {
        if (runs.size() < Stopping.MIN_FOR_PRECISION) return false;
        double[] x = new double[runs.size()];
        for (int i = 0; i < x.length; i++) x[i] = runs.get(i).get(0).getDouble(0, Stopping.PRECISION_FIELD);
        double mean = ConfidenceInterval.mean(x);
        double hw = ConfidenceInterval.halfWidth95(x);
        return hw <= precision * Math.abs(mean);
    }

    /** Targets are judged on the aggregated summary (the means), replacing the per-run table. */
    private static List<Table> withTargets(LineSpec spec, List<Table> tables) {
        if (spec.targets().isEmpty()) return tables;
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            if (!t.name().equals("targets")) out.add(t);
        }
        out.add(LineReport.targets(spec.targets(), out.get(0)));
        return out;
    }

    /** Replications {@code from} .. {@code to - 1}, in replication order. */
    public List<List<Table>> run(LineSpec spec, int from, int to) {
        List<ForkJoinTask<List<Table>>> tasks = new ArrayList<>();
        for (int r = from; r < to; r++) {
            int replication = r;
            tasks.add(ForkJoinTask.adapt((Callable<List<Table>>) () -> one(spec, replication)));
        }
        runAll(tasks);
        List<List<Table>> out = new ArrayList<>();
        for (ForkJoinTask<List<Table>> t : tasks) out.add(t.join());
        return out;
    }

    /** Runs {@code work} in the pool (directly when already on one of its threads). */
    private <T> T inPool(Supplier<T> work) {
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) return work.get();
        return unwrap(() -> pool.submit(work::get).join());
    }

    /**
     * Runs {@code tasks} in the pool and waits for them all (the process's very first one
     * alone, see {@link #firstAlone}). A task's exception is rethrown.
     */
    public void runAll(List<? extends ForkJoinTask<?>> tasks) {
        inPool(() -> {
            ForkJoinTask.invokeAll(tasks.subList(firstAlone(tasks) ? 1 : 0, tasks.size()));
            return null;
        });
    }

    /**
     * Runs the first of {@code tasks} alone if it is the process's first run and more runs
     * follow on other threads; returns whether it did. While the first run goes, the JIT
     * compiler has the other cores to itself: started together, the runs take those cores from
     * the compiler and then spend seconds in code not yet optimised (4 replications of a year
     * of Douai on 2 cores took 4.1-8.5 s on 2 threads against 5.0-6.2 s on 1).
     */
    boolean firstAlone(List<? extends ForkJoinTask<?>> tasks) {
        if (tasks.size() < 2 || pool.getParallelism() < 2 || !firstRunDone.compareAndSet(false, true)) return false;
        tasks.get(0).invoke();
        return true;
    }

    private List<Table> one(LineSpec spec, int replication) {
        Line line = new Line(spec, replication);
        line.setMaxEvents(maxEvents);
        line.setMaxEventRate(maxEventRate);
        if (replication == 0 && trace != null) line.setVisitObserver(trace);
        if (listener.wantsSimulatedTime()) {
            line.setProgressListener(t -> listener.simulating(spec, replication, t));
        }
        line.run();
        List<Table> tables = LineReport.tables(line);
        Map<Integer, RunSeries> kept = series;
        if (kept != null) kept.put(replication, RunSeries.of(line));
        listener.replicationDone(spec, replication, line.now());
        return tables;
    }

    /**
     * ForkJoinTask.join may rethrow a task's exception as a fresh copy of the same class whose
     * cause is the original (to add this thread's stack): throw the original, message intact.
     */
    static <T> T unwrap(Supplier<T> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof RuntimeException cause && cause.getClass() == e.getClass()) throw cause;
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

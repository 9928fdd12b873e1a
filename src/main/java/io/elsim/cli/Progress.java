package io.elsim.cli;

import io.elsim.experiment.Replicator;
import io.elsim.model.LineSpec;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The progress bar on stderr: replications done, simulated time, ETA. Shown only when
 * stderr is a terminal (a console is attached) and not turned off with --no-progress, so
 * redirected output and CI logs stay clean.
 */
final class Progress implements Replicator.Listener, AutoCloseable {
    private final ProgressBar bar;
    /** Bar unit: simulated hours when a run's length is known, else finished runs. */
    private final boolean hours;
    private long runsDone;
    private final long runs;
    private double simulatedSeconds;
    /** Simulated seconds of each replication under way, to count them before they finish. */
    private final Map<String, Double> underWay = new HashMap<>();

    private Progress(ProgressBar bar, boolean hours, long runs) {
        this.bar = bar;
        this.hours = hours;
        this.runs = runs;
    }

    static Progress create(boolean wanted, String task, long total) {
        return create(wanted, task, total, 0);
    }

    /**
     * A bar over {@code runs} runs; when {@code hoursPerRun} is known (> 0) it counts simulated
     * hours instead, so that one long run moves too and the ETA follows simulated time.
     */
    static Progress create(boolean wanted, String task, long runs, double hoursPerRun) {
        if (!wanted || !stderrIsTerminal()) return new Progress(null, false, runs);
        boolean hours = hoursPerRun > 0;
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(hours ? Math.max(1, Math.round(runs * hoursPerRun)) : runs)
                .setUnit(hours ? " h" : " runs", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(SafeStderr.raw()))
                .setUpdateIntervalMillis(250)
                .build();
        return new Progress(bar, hours, runs);
    }
    /**
     * Java 17 has a console only when stdin and stdout are terminals, which misses the common
     * {@code elsim ... --format csv > out.csv}; on Linux, /proc tells where stderr itself goes.
     */
    static boolean stderrIsTerminal() {
        if (System.console() != null) return true;
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public synchronized void replicationDone(LineSpec spec, int replication, double simSeconds) {
        if (bar == null) return;
        underWay.remove(key(spec, replication));
        simulatedSeconds += simSeconds;
        runsDone++;
        if (hours) {
            showSimulated();
        } else {
            bar.step();
            if (bar.getCurrent() > bar.getMax()) bar.maxHint(bar.getCurrent());
            bar.setExtraMessage(String.format(Locale.ROOT, " %.0f h simulated", simulatedSeconds / 3600));
        }
    }

    /** A long single run shows its simulated time while it goes, not only when it ends. */
    @Override
    public synchronized void simulating(LineSpec spec, int replication, double simSeconds) {
        if (bar == null) return;
        underWay.put(key(spec, replication), simSeconds);
        showSimulated();
    }

    @Override
    public boolean wantsSimulatedTime() { return bar != null; }

    private static String key(LineSpec spec, int replication) {
        return System.identityHashCode(spec) + "/" + replication;
    }

    private void showSimulated() {
        if (!hours) return;
        double total = simulatedSeconds;
        for (double t : underWay.values()) total += t;
        long h = Math.round(total / 3600);
        if (h > bar.getMax()) bar.maxHint(h);
        bar.stepTo(h);
        bar.setExtraMessage(String.format(Locale.ROOT, " %d/%d runs", runsDone, runs));
    }

    @Override
    public synchronized void close() {
        if (bar == null) return;
        bar.maxHint(bar.getCurrent());
        bar.close();
    }
}

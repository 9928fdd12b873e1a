package io.elsim.cli;

import io.elsim.experiment.Replicator;
import io.elsim.model.LineSpec;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.Locale;

/**
 * The progress bar on stderr: replications done, simulated time, ETA. Shown only when
 * stderr is a terminal (a console is attached) and not turned off with --no-progress, so
 * redirected output and CI logs stay clean.
 */
final class Progress implements Replicator.Listener, AutoCloseable {
    private final ProgressBar bar;
    private double simulatedSeconds;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress create(boolean wanted, String task, long total) {
        if (!wanted || !stderrIsTerminal()) return new Progress(null);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" runs", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build();
        return new Progress(bar);
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
        simulatedSeconds += simSeconds;
        bar.step();
        if (bar.getCurrent() > bar.getMax()) bar.maxHint(bar.getCurrent());
        bar.setExtraMessage(String.format(Locale.ROOT, " %.0f h simulated", simulatedSeconds / 3600));
    }

    @Override
    public synchronized void close() {
        if (bar == null) return;
        bar.maxHint(bar.getCurrent());
        bar.close();
    }
}

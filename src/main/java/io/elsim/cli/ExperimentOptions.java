package io.elsim.cli;

import io.elsim.engine.Simulator;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.RunSettings;
import io.elsim.experiment.Stopping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** How results are obtained: replications, precision, threads, progress display. */
final class ExperimentOptions {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentOptions.class);

    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Independent replications (streams from (seed, replication)); "
                    + "with N > 1 every field that varies gains a _ci95 half-width (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--precision", paramLabel = "P%",
            description = "Add replications until the 95 %% half-width of throughput_per_hour is at most P of its mean: "
                    + "a percentage (1%%) or a fraction below 1 (0.01).")
    String precision;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "Most replications --precision may run (default: " + Stopping.DEFAULT_MAX_REPLICATIONS
                    + ", or --replications if more).")
    Integer maxReplications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, at most " + MAX_THREADS + " (default: all cores). The output does not depend on it.")
    Integer threads;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Progress bar on stderr when it is a terminal (--no-progress: never).")
    boolean progress;

    @Option(names = "--max-events", paramLabel = "N", description = "Stop a run after N events (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + RunSettings.DEFAULT_MAX_EVENTS)
    long maxEvents;

    @Option(names = "--max-event-rate", paramLabel = "R", defaultValue = "" + RunSettings.DEFAULT_MAX_EVENT_RATE,
            description = "Stop a run that fires more than R events per simulated second, a runaway model "
                    + "(checked every " + Simulator.RATE_WINDOW + " events; default: ${DEFAULT-VALUE}).")
    double maxEventRate;

    long maxEvents() {
        if (maxEvents < 1) throw new UserError("--max-events must be at least 1, not " + maxEvents);
        return maxEvents;
    }

    double maxEventRate() {
        if (!(maxEventRate > 0)) throw new UserError("--max-event-rate must be a positive number, not " + maxEventRate);
        return maxEventRate;
    }

    Stopping stopping() {
        try {
            Double p = precision == null ? null : Stopping.parsePrecision(precision);
            if (p != null && p >= 0.1 && !precision.strip().endsWith("%")) {
                // 0.5 read as a fraction is 50 %: two replications always reach it
                LOG.warn("--precision {} is the fraction {}, that is {} %; for {} percent write {}%", precision.strip(),
                        precision.strip(), Math.round(p * 100), precision.strip(), precision.strip());
            }
            int max = maxReplications != null ? maxReplications
                    : Math.max(replications, Stopping.DEFAULT_MAX_REPLICATIONS);
            return new Stopping(replications, p, max);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Far more than any machine elsim runs on has cores; each thread is an operating-system thread. */
    static final int MAX_THREADS = 256;

    int threads() {
        if (threads == null) return Replicator.defaultThreads();
        if (threads < 1) throw new UserError("--threads must be at least 1, not " + threads);
        if (threads > MAX_THREADS) {
            throw new UserError("--threads " + threads + ": at most " + MAX_THREADS + " (this machine has "
                    + Replicator.defaultThreads() + " cores, the default; more threads than cores run no faster)");
        }
        return threads;
    }
}

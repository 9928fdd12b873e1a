package io.elsim.cli;

import io.elsim.engine.Simulator;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.RunSettings;
import io.elsim.experiment.Stopping;
import picocli.CommandLine.Option;

/** How results are obtained: replications, precision, threads, progress display. */
final class ExperimentOptions {
    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Independent replications (streams from (seed, replication)); "
                    + "with N > 1 every numeric field gains a _ci95 half-width (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--precision", paramLabel = "P%",
            description = "Add replications until the 95 %% half-width of throughput_per_hour is at most P of its mean, e.g. 1%%.")
    String precision;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "Most replications --precision may run (default: " + Stopping.DEFAULT_MAX_REPLICATIONS
                    + ", or --replications if more).")
    Integer maxReplications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores). The output does not depend on it.")
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
            int max = maxReplications != null ? maxReplications
                    : Math.max(replications, Stopping.DEFAULT_MAX_REPLICATIONS);
            return new Stopping(replications, p, max);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    int threads() {
        if (threads == null) return Replicator.defaultThreads();
        if (threads < 1) throw new UserError("--threads must be at least 1, not " + threads);
        return threads;
    }
}

package io.elsim.cli;

import io.elsim.chart.ChartFile;
import io.elsim.chart.RunChart;
import io.elsim.config.ConfigException;
import io.elsim.config.LoadedConfig;
import io.elsim.config.Problem;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.RunSettings;
import io.elsim.experiment.Stopping;
import io.elsim.experiment.Version;
import io.elsim.report.Report;
import io.elsim.report.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code elsim run}: simulate a config (or the built-in example) and print its report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a line config and print its report. Without CONFIG, the built-in Douai example.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "Line config (YAML).")
    List<Path> configs = new ArrayList<>();

    @Mixin ModelOptions model;
    @Mixin OutputOptions output;
    @Mixin ExperimentOptions experiment;
    @Mixin VerbosityOptions verbosity;

    @Option(names = "--no-targets", description = "Do not check the config's targets (exit 0 even if missed).")
    boolean noTargets;

    @Option(names = "--max-events", paramLabel = "N", description = "Stop a run after N events (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + RunSettings.DEFAULT_MAX_EVENTS)
    long maxEvents;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the run as an image (.png or .svg): station states, build-time histogram, output per hour.")
    Path chart;

    @Override
    public Integer call() {
        if (chart != null) {
            try {
                ChartFile.type(chart);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        Path file = configs.isEmpty() ? null : configs.get(0);
        LoadedConfig config;
        try {
            config = ConfigSource.load(file, model.overrides());
        } catch (ConfigException e) {
            for (Problem p : e.problems()) System.err.println(p);
            return ExitCode.USAGE;
        }
        for (Problem w : config.warnings()) LOG.warn("{}", w);
        output.parsedFormat();
        Stopping stopping = experiment.stopping();
        int threads = experiment.threads();
        long start = System.nanoTime();
        Replicator.Result result;
        try (Progress progress = Progress.create(experiment.progress, "replications", stopping.initial());
             Replicator replicator = new Replicator(threads, maxEvents, experiment.maxEventRate(), progress)) {
            if (chart != null) replicator.keepSeries();
            result = replicator.replicate(config.spec(), stopping);
        }
        if (stopping.precision() != null && !Replicator.precise(result.perReplication(), stopping.precision())) {
            LOG.warn(String.format(Locale.ROOT, "precision %.3g%% not reached after %d replications (--max-replications)",
                    stopping.precision() * 100, result.replications()));
        } else if (stopping.precision() != null) {
            LOG.info("precision reached after {} replications", result.replications());
        }
        Report report = new Report(result.tables(), config.spec(), Version.current());
        double wall = (System.nanoTime() - start) / 1e9;
        Table summary = report.table("summary").orElseThrow();
        double events = summary.getDouble(0, "events") * result.replications();
        LOG.info(String.format(Locale.ROOT, "%s: %.0f events in %.2f s wall time (%.1f M events/s)",
                config.spec().name(), events, wall, events / wall / 1e6));
        output.write(report, configs, System.out);
        if (chart != null) {
            try {
                RunChart.write(chart, report, result.series(), configs);
                LOG.info("chart written to {}", chart);
            } catch (IOException e) {
                throw new UserError(e.getMessage());
            }
        }
        return noTargets ? ExitCode.OK : targetsExitCode(report);
    }

    static int targetsExitCode(Report report) {
        Table targets = report.table("targets").orElse(null);
        if (targets == null) return ExitCode.OK;
        int missed = 0;
        for (int r = 0; r < targets.size(); r++) {
            if (!Boolean.TRUE.equals(targets.get(r, "met"))) {
                missed++;
                LOG.warn("target missed: {} {} (value {})", targets.get(r, "name"),
                        targets.get(r, "target"), targets.get(r, "value"));
            }
        }
        return missed > 0 ? ExitCode.TARGET_MISSED : ExitCode.OK;
    }
}

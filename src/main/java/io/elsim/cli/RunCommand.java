package io.elsim.cli;

import io.elsim.chart.RunChart;
import io.elsim.config.ConfigException;
import io.elsim.config.LoadedConfig;
import io.elsim.config.Names;
import io.elsim.config.Problem;
import io.elsim.experiment.Cluster;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.Stopping;
import io.elsim.experiment.Version;
import io.elsim.line.RunSeries;
import io.elsim.report.Format;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code elsim run}: simulate a config (or the built-in example) and print its report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a line config and print its report. Without CONFIG, the built-in Douai example; "
                + "with several, a cluster report (one row per plant plus 'cluster').")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Parameters(arity = "0..*", paramLabel = "CONFIG",
            description = "Line config (YAML). Several configs run as a cluster: each plant's rows plus a cluster total.")
    List<Path> configs = new ArrayList<>();

    @Mixin ModelOptions model;
    @Mixin OutputOptions output;
    @Mixin ExperimentOptions experiment;
    @Mixin VerbosityOptions verbosity;

    @Option(names = "--no-targets", description = "Do not check the config's targets (exit 0 even if missed).")
    boolean noTargets;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the run as an image (.png or .svg): station states, build-time histogram, output per hour.")
    Path chart;

    @Option(names = "--trace", paramLabel = "FILE.csv",
            description = "Also write one CSV row per vehicle per station visit (replication 0): arrive, start, finish, "
                    + "leave and the time waiting for parts, down, blocked, off shift; see docs/reports.md.")
    Path trace;

    @Option(names = "--trace-window", paramLabel = "FROM..TO",
            description = "Which visits --trace writes: those overlapping FROM..TO after the warm-up "
                    + "(default: 0..1d, the first simulated day of the measured period).")
    String traceWindow;

    @Override
    public Integer call() {
        model.checkNoStrayUnit(configs);
        if (chart != null && configs.size() > 1) throw new UserError("--chart draws one plant: give a single CONFIG");
        List<Path> files = configs.isEmpty() ? Collections.singletonList(null) : configs;
        List<LoadedConfig> loaded = new ArrayList<>();
        boolean invalid = false;
        for (Path file : files) {
            try {
                loaded.add(ConfigSource.load(file, model.overrides()));
            } catch (ConfigException e) {
                for (Problem p : e.problems()) System.err.println(p);
                invalid = true;
            }
        }
        if (invalid) return ExitCode.USAGE;
        checkPlantNames(configs);
        for (LoadedConfig config : loaded) {
            for (Problem w : config.warnings()) LOG.warn("{}", w);
        }
        output.parsedFormat();
        output.checkTableName();
        Destinations destinations = output.destinations(configs).chart("--chart", chart).file("--trace", trace);
        String absent = output.absentTable(loaded.stream().map(LoadedConfig::spec).toList());
        if (absent != null) destinations.problem(absent);
        destinations.check("nothing was run");
        TraceFile traceFile = openTrace(loaded);
        Stopping stopping = experiment.stopping();
        int threads = experiment.threads();
        RunSeries series = null;
        List<Cluster.Plant> plants = new ArrayList<>();
        double hoursPerRun = loaded.stream()
                .mapToDouble(c -> (c.spec().warmup() + c.spec().horizon()) / 3600).average().orElse(0);
        try (Progress progress = Progress.create(experiment.progress, "simulating",
                (long) stopping.initial() * loaded.size(), hoursPerRun);
             Replicator replicator = new Replicator(threads, experiment.maxEvents(), experiment.maxEventRate(), progress);
             TraceFile closing = traceFile) {
            if (chart != null) replicator.keepSeries();
            if (traceFile != null) replicator.trace(traceFile);
            List<String> ids = PlantIds.of(files);
            for (int i = 0; i < loaded.size(); i++) {
                LoadedConfig config = loaded.get(i);
                Replicator.Result result = simulate(replicator, config, stopping);
                plants.add(new Cluster.Plant(ids.get(i), config.spec(), result.tables()));
                if (chart != null) series = result.series();
            }
            if (traceFile != null) {
                long rows = traceFile.finish();
                LOG.info("trace: {} station visits written to {}", rows, trace);
            }
        }
        Report report = plants.size() == 1
                ? new Report(plants.get(0).tables(), loaded.get(0).spec(), Version.current())
                : Cluster.report(plants, Version.current());
        output.write(report, configs, System.out);
        if (chart != null) {
            try {
                RunChart.write(chart, report, series, configs);
                LOG.info("chart written to {}", chart);
            } catch (IOException e) {
                throw new WriteFailure(e.getMessage());
            }
        }
        return noTargets ? ExitCode.OK : targetsExitCode(report);
    }

    /** Several plants are named after their files in the report: refused before any run if a name would act on a terminal. */
    private static void checkPlantNames(List<Path> files) {
        if (files.size() < 2) return;
        List<String> ids = PlantIds.of(files);
        for (int i = 0; i < files.size(); i++) {
            String refused = Names.controlProblem(ids.get(i));
            if (refused != null) {
                throw new UserError(files.get(i) + ": with several configs each plant is named after its file, and the name '"
                        + ids.get(i) + "' " + refused + "; rename the file");
            }
        }
    }

    /** The --trace file, opened (so a destination that cannot be written fails before the run), or null. */
    private TraceFile openTrace(List<LoadedConfig> loaded) {
        if (trace == null) {
            if (traceWindow != null) throw new UserError("--trace-window chooses what --trace writes: give --trace FILE.csv too");
            return null;
        }
        if (loaded.size() > 1) throw new UserError("--trace follows one plant: give a single CONFIG");
        Format named = Format.ofFileName(trace);
        if (named != null && named != Format.CSV) throw new UserError("--trace " + trace + ": the trace is CSV; name it .csv");
        if (configs.contains(trace)) throw new UserError("--trace " + trace + " is an input of this run; it is never overwritten");
        var spec = loaded.get(0).spec();
        double[] window = TraceFile.window(traceWindow, spec);
        try {
            return new TraceFile(trace, spec, window[0], window[1]);
        } catch (java.io.IOException e) {
            throw new UserError("cannot write the trace " + trace + ": " + e.getMessage());
        }
    }

    private static Replicator.Result simulate(Replicator replicator, LoadedConfig config, Stopping stopping) {
        long start = System.nanoTime();
        Replicator.Result result = replicator.replicate(config.spec(), stopping);
        if (stopping.precision() != null && !Replicator.precise(result.perReplication(), stopping.precision())) {
            LOG.warn(String.format(Locale.ROOT, "%s: precision %.3g%% not reached after %d replications (--max-replications)",
                    config.spec().name(), stopping.precision() * 100, result.replications()));
        } else if (stopping.precision() != null) {
            LOG.info("{}: precision reached after {} replications", config.spec().name(), result.replications());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Table summary = result.tables().get(0);
        double events = summary.getDouble(0, "events") * result.replications();
        LOG.info(String.format(Locale.ROOT, "%s: %.0f events in %.2f s wall time (%.1f M events/s)",
                config.spec().name(), events, wall, events / wall / 1e6));
        return result;
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

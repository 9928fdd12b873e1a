package io.elsim.cli;

import io.elsim.chart.SweepChart;
import io.elsim.config.ConfigException;
import io.elsim.config.LoadedConfig;
import io.elsim.config.Problem;
import io.elsim.engine.ModelError;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.Stopping;
import io.elsim.experiment.Sweep;
import io.elsim.experiment.SweepIdentity;
import io.elsim.experiment.SweepRunner;
import io.elsim.experiment.Version;
import io.elsim.model.LineSpec;
import io.elsim.report.AtomicOutput;
import io.elsim.report.CsvTableReader;
import io.elsim.report.Format;
import io.elsim.report.OutputTarget;
import io.elsim.report.Report;
import io.elsim.report.ReportWriter;
import io.elsim.report.Table;
import io.elsim.report.TableView;
import io.elsim.report.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code elsim sweep}: the cartesian product of the --vary factors, one row per scenario.
 * With --output, the file is rewritten (atomically) each time a scenario finishes, so an
 * interrupted sweep keeps its finished rows and --resume carries on from them.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run every combination of the --vary values; one row per scenario: scenario number, "
                + "the varied keys, then the summary fields (means with _ci95 half-widths), replications and "
                + "sweep_id (what defines the sweep, checked by --resume and merge).",
                "Replication r uses the same random streams in every scenario (common random numbers)."})
final class SweepCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SweepCommand.class);
    static final String TABLE = "sweep";

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "Base line config (YAML); default: the built-in example.")
    List<Path> configs = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "KEY=V1,V2", required = true,
            description = "A config key (dotted path, as for --set) and its values (repeatable; the product is run).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only part i of n (scenarios whose number mod n = i-1); join the outputs with elsim merge.")
    String shard;

    @Option(names = "--resume", description = "Keep the rows already in --output FILE (CSV) and run only the missing scenarios; "
            + "refuses rows of another sweep (their sweep_id differs) and says what differs.")
    boolean resume;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv or json (default: from the --output extension .txt, .csv or .json, else table).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the sweep table to FILE (atomically, after each scenario).")
    Path output;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the sweep (.png or .svg): throughput_per_hour, build_time_p90_h, "
                    + "labour_hours_per_vehicle and wip_mean (or the --chart-field fields) against the first --vary key, "
                    + "with 95%% CI error bars; a numeric key gets a numeric axis.")
    Path chart;

    @Option(names = "--chart-field", paramLabel = "FIELD",
            description = "A summary field for --chart to plot, e.g. jph_on_shift (repeatable; default: the four above).")
    List<String> chartFields = new ArrayList<>();

    @Mixin ColumnOptions columnOptions;
    @Mixin ModelOptions model;
    @Mixin ExperimentOptions experiment;
    @Mixin VerbosityOptions verbosity;

    private final Object lock = new Object();
    private final Map<Integer, Object[]> rows = new TreeMap<>();
    /** The sweep table's header: summary columns from {@link Sweep#columns}, then {@link SweepIdentity#COLUMN}. */
    private List<String> columns;
    /** The varied keys, in --vary order. */
    private List<String> keys = List.of();
    private SweepIdentity identity;
    private LineSpec baseSpec;
    private Format parsedFormat;
    /** --output is a stream (a pipe, /dev/stdout): written once at the end, never rewritten. */
    private boolean outputIsStream;
    private boolean closing;
    /** Rows the --output file holds now, as far as this run knows; -1 before it was written or read. */
    private int saved = -1;
    private String writeError;
    private int failed;
    private int modelFailures;

    @Override
    public Integer call() {
        model.checkNoStrayUnit(configs);
        Path file = ConfigSource.single("sweep", configs);
        List<Sweep.Factor> factors = new ArrayList<>();
        Sweep.Shard part;
        try {
            for (String v : vary) factors.add(Sweep.Factor.parse(v));
            part = shard == null ? Sweep.Shard.ALL : Sweep.Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        parsedFormat = parseFormat();
        columnOptions.check(parsedFormat);
        new Destinations(configs).file("--output", output).chart("--chart", chart).check("nothing was run");
        try {
            outputIsStream = output != null && OutputTarget.isStream(output);
        } catch (IOException e) {
            throw new UserError("--output " + output + ": " + e.getMessage());
        }
        if (resume && outputIsStream) {
            throw new UserError("--resume needs --output to be a file it can read back, not the stream " + output);
        }
        Stopping stopping = experiment.stopping();
        int threads = experiment.threads();
        ConfigSource.Text text;
        try {
            // read once: every scenario loads from this text (a pipe such as /dev/stdin cannot be read twice)
            text = ConfigSource.read(file);
            LoadedConfig base = text.load(model.overrides());
            for (Problem w : base.warnings()) LOG.warn("{}", w);
            baseSpec = base.spec();
        } catch (ConfigException e) {
            for (Problem p : e.problems()) System.err.println(p);
            return ExitCode.USAGE;
        }
        List<Sweep.Scenario> all;
        try {
            all = Sweep.scenarios(factors);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        keys = factors.stream().map(Sweep.Factor::key).toList();
        identity = SweepIdentity.of(Version.current(), baseSpec, VariedKeys.resolved(text, model.overrides(), factors), stopping);
        List<String> summaryColumns = Sweep.columns(keys);
        columns = new ArrayList<>(summaryColumns);
        columns.add(SweepIdentity.COLUMN);
        checkChartFields();
        if (resume) readExisting(all, part);

        // every scenario is checked before the first run: a config error costs no simulation time and no output
        List<SweepRunner.Job> jobs = new ArrayList<>();
        int invalid = 0;
        for (Sweep.Scenario s : all) {
            if (!part.contains(s.index()) || rows.containsKey(s.index())) continue;
            List<String> sets = new ArrayList<>(model.overrides());
            sets.addAll(s.sets());
            try {
                jobs.add(new SweepRunner.Job(s, text.load(sets).spec()));
            } catch (ConfigException e) {
                invalid++;
                System.err.println("elsim: " + s.describe() + " is not a valid config:");
                for (Problem p : e.problems()) System.err.println("  " + p);
            }
        }
        if (invalid > 0) {
            System.err.println("elsim: " + invalid + " scenario" + (invalid == 1 ? " is" : "s are")
                    + " not valid; nothing was run" + (output == null ? "" : " and " + output + " is untouched"));
            return ExitCode.USAGE;
        }
        Thread onInterrupt = new Thread(this::interrupted, "elsim-sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        // logged once the hook is in place: from here on an interruption is reported
        LOG.info("{} scenarios, {} to run{}{}", all.size(), jobs.size(),
                part.count() > 1 ? " in shard " + shard : "", rows.isEmpty() ? "" : " (" + rows.size() + " kept)");
        try (Progress progress = Progress.create(experiment.progress, "sweep",
                (long) jobs.size() * stopping.initial());
             Replicator replicator = new Replicator(threads, experiment.maxEvents(), experiment.maxEventRate(), progress)) {
            SweepRunner.run(jobs, replicator, stopping, summaryColumns, new SweepRunner.Sink() {
                @Override
                public void scenarioDone(Sweep.Scenario scenario, Object[] row) {
                    Object[] full = Arrays.copyOf(row, row.length + 1);
                    full[row.length] = identity.text();
                    synchronized (lock) {
                        rows.put(scenario.index(), full);
                        if (output != null && !outputIsStream) flush();
                    }
                }

                @Override
                public void scenarioFailed(Sweep.Scenario scenario, RuntimeException cause) {
                    synchronized (lock) {
                        failed++;
                        if (cause instanceof ModelError) {
                            modelFailures++;
                            System.err.println("elsim: " + scenario.describe() + " stopped: " + cause.getMessage());
                        } else {
                            System.err.println("elsim: " + scenario.describe() + " failed: " + cause);
                        }
                    }
                }

                @Override
                public boolean stopped() {
                    synchronized (lock) {
                        return writeError != null;
                    }
                }
            });
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting; the hook does the reporting
            }
        }
        synchronized (lock) {
            if (writeError != null) {
                throw new WriteFailure(writeError + "; the sweep stopped: " + output + " holds "
                        + (saved < 0 ? "what it held before" : saved + " finished scenario" + (saved == 1 ? "" : "s"))
                        + ", " + rows.size() + " had finished (continue with --resume once it can be written)");
            }
            writeAtEnd();
        }
        if (chart != null) {
            synchronized (lock) {
                try {
                    SweepChart.write(chart, report(false).tables().get(0), keys,
                            chartFields.isEmpty() ? SweepChart.FIELDS : chartFields, configs);
                    LOG.info("chart written to {}", chart);
                } catch (IOException e) {
                    throw new WriteFailure(e.getMessage());
                }
            }
        }
        if (failed > 0) {
            System.err.println("elsim: " + failed + " scenario" + (failed == 1 ? "" : "s") + " failed; the others' rows are in the output");
            // a runaway or deadlocked model is the config's fault, as in elsim run; anything else is ours
            return modelFailures == failed ? ExitCode.USAGE : ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private Format parseFormat() {
        try {
            Format parsed = Format.choose(format, output);
            if (resume && (output == null || parsed != Format.CSV)) {
                throw new UserError("--resume needs --output FILE in CSV format (the file it resumes)");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** --resume: the rows of the existing output, if it exists and every row belongs to this sweep. */
    private void readExisting(List<Sweep.Scenario> all, Sweep.Shard part) {
        if (!Files.exists(output)) {
            LOG.info("{} does not exist yet: nothing to resume, starting afresh", output);
            return;
        }
        Table existing;
        try {
            existing = CsvTableReader.read(output, TABLE);
        } catch (IOException e) {
            throw new UserError("cannot resume " + e.getMessage());
        }
        rows.putAll(SweepRows.resumable(output, existing, columns, all, part, identity));
        saved = rows.size();
    }

    /** The sweep table; the terminal table leaves out the identity column, which is for files. */
    private Report report() {
        return report(parsedFormat == Format.JSON);
    }

    /** @param typed the varied values as numbers where they are (JSON), else as typed (CSV, table, chart) */
    private Report report(boolean typed) {
        boolean withIdentity = parsedFormat != Format.TABLE;
        Table t = new Table(TABLE, withIdentity ? columns : columns.subList(0, columns.size() - 1));
        for (Object[] row : rows.values()) {
            Object[] r = withIdentity ? row.clone() : Arrays.copyOf(row, row.length - 1);
            if (typed) {
                // numbers and durations (in seconds) as JSON numbers, as everywhere else in a JSON report
                for (int k = 1; k <= keys.size(); k++) {
                    if (r[k] instanceof String text) r[k] = TypedValue.of(text);
                }
            }
            t.addRow(r);
        }
        return new Report(List.of(t), baseSpec, Version.current());
    }

    /** --chart-field names numeric summary fields, and goes with --chart; checked before anything runs. */
    private void checkChartFields() {
        if (chartFields.isEmpty()) return;
        if (chart == null) throw new UserError("--chart-field chooses what --chart draws: give --chart FILE too");
        List<String> plottable = columns.stream().filter(c -> !c.equals(Sweep.SCENARIO) && !keys.contains(c)
                && !c.endsWith("_ci95") && !c.equals("replications") && !c.equals("bottleneck")
                && !c.equals(SweepIdentity.COLUMN)).toList();
        for (String f : chartFields) {
            if (!plottable.contains(f)) {
                throw new UserError("--chart-field " + f + ": not a numeric summary field (fields: "
                        + String.join(", ", plottable) + ")");
            }
        }
    }

    /** The terminal view: the essential columns with the varied keys, unless --columns or --wide. */
    private TableView view() {
        return columnOptions.view(report()).keeping(keys);
    }

    /** The last write: the file once more (the same rows if nothing was left), or the stream or stdout, once. */
    private void writeAtEnd() {
        try {
            if (output != null) {
                writeOutput();
            } else {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                ReportWriter.write(report(), parsedFormat, TABLE, null, view(), w);
                w.flush();
            }
        } catch (IOException e) {
            throw new WriteFailure(e.getMessage());
        }
    }

    /**
     * Rewrites --output with every finished row, in scenario order; called holding the lock.
     * The first failure stops the sweep (see {@link SweepRunner.Sink#stopped}) and is reported
     * once at the end: the file keeps its last complete content.
     */
    private void flush() {
        if (closing || writeError != null) return;
        try {
            writeOutput();
            saved = rows.size();
        } catch (IOException e) {
            writeError = e.getMessage();
        }
    }

    /** --output replaced as a whole with the rows so far (never over a config). */
    private void writeOutput() throws IOException {
        Report report = report();
        TableView view = view();
        AtomicOutput.write(output, configs, out -> ReportWriter.write(report, parsedFormat, TABLE, null, view, out));
    }

    /** Shutdown hook (Ctrl-C): waits for a write in progress, then stops further writes and says what the file holds. */
    private void interrupted() {
        synchronized (lock) {
            closing = true;
            if (output == null) {
                System.err.println("\nelsim: interrupted");
            } else if (outputIsStream) {
                System.err.println("\nelsim: interrupted; nothing was written to " + output + " (a stream gets the table at the end)");
            } else if (saved < 0) {
                System.err.println("\nelsim: interrupted before any scenario finished; " + output + " was not written"
                        + (Files.exists(output) ? " and holds what it held before" : ""));
            } else {
                System.err.println("\nelsim: interrupted; " + saved + " finished scenario"
                        + (saved == 1 ? "" : "s") + " kept in " + output + " (continue with --resume)");
            }
        }
    }
}

package io.elsim.cli;

import io.elsim.config.ConfigException;
import io.elsim.config.LoadedConfig;
import io.elsim.config.Problem;
import io.elsim.experiment.Version;
import io.elsim.line.Capacity;
import io.elsim.experiment.LineReport;
import io.elsim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code elsim capacity}: analytic bounds, no simulation. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Analytic capacity of a line without simulating: per-station capacity, bottleneck, "
                + "maximum output per hour/week/year under the calendar, raw process time, critical WIP.")
final class CapacityCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "Line config (YAML); default: the built-in example.")
    List<Path> configs = new ArrayList<>();

    @Mixin ModelOptions model;
    @Mixin OutputOptions output;
    @Mixin VerbosityOptions verbosity;

    @Override
    public Integer call() {
        model.checkNoStrayUnit(configs);
        Path file = ConfigSource.single("capacity", configs);
        output.parsedFormat();
        output.checkTableName();
        output.destinations(configs).check("nothing was written");
        LoadedConfig config;
        try {
            config = ConfigSource.load(file, model.overrides());
        } catch (ConfigException e) {
            for (Problem p : e.problems()) System.err.println(p);
            return ExitCode.USAGE;
        }
        Capacity.Result result = Capacity.of(config.spec());
        Report report = new Report(LineReport.capacityTables(result), config.spec(), Version.current());
        output.write(report, configs, System.out);
        return ExitCode.OK;
    }
}

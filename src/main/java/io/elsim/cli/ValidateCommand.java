package io.elsim.cli;

import io.elsim.config.ConfigException;
import io.elsim.config.LoadedConfig;
import io.elsim.config.Problem;
import io.elsim.model.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code elsim validate}: check configs, print every problem, run nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check configs and print every problem found; runs nothing. Exit 2 if any config is invalid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "Line configs (YAML).")
    List<Path> configs;

    @Mixin ModelOptions model;
    @Mixin VerbosityOptions verbosity;

    @Override
    public Integer call() {
        model.checkNoStrayUnit(configs);
        int exit = ExitCode.OK;
        for (Path file : configs) {
            try {
                LoadedConfig config = ConfigSource.load(file, model.overrides());
                for (Problem w : config.warnings()) System.err.println(w + " (warning)");
                System.out.println(Printable.escape(file.toString()) + ": ok (" + config.spec().stations().size() + " stations)");
            } catch (ConfigException e) {
                for (Problem p : e.problems()) System.err.println(p);
                System.out.println(Printable.escape(file.toString()) + ": " + e.problems().size() + " problem"
                        + (e.problems().size() == 1 ? "" : "s"));
                exit = ExitCode.USAGE;
            }
        }
        return exit;
    }
}

package io.elsim.cli;

import io.elsim.engine.ModelError;
import io.elsim.engine.Simulator;
import io.elsim.experiment.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code elsim} command: subcommands only; each lives in its own class. */
@Command(name = "elsim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Discrete-event simulator of an electric-vehicle manufacturing line.",
        subcommands = {RunCommand.class, ValidateCommand.class, CapacityCommand.class, SweepCommand.class, MergeCommand.class,
                ExampleCommand.class, SchemaCommand.class, CompletionCommand.class, ManCommand.class, ReferenceCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 run failed, 2 usage or config error, 3 a target was missed."})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs elsim with {@code args} and returns the exit code (tests call this). */
    public static int execute(String... args) {
        Logging.configure(args);
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler(Main::handle);
        return cmd.execute(args);
    }

    /** Turns exceptions into a one-line message and an exit code; stack traces only with -v. */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserError) {
            err.println("elsim: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof Simulator.EventLimitExceeded limit) {
            err.println("elsim: stopped a runaway model: " + limit.getMessage());
            err.println("elsim: check the cycle, setup, repair and release times of " + limit.busiest()
                    + "; if the model really needs it, raise the guard with " + limit.option());
            return ExitCode.USAGE;
        }
        if (e instanceof ModelError) {
            err.println("elsim: " + e.getMessage());
            return ExitCode.USAGE;
        }
        err.println("elsim: internal error: " + e);
        if (Logging.verbose()) {
            e.printStackTrace(err);
        } else {
            err.println("(run with -v for details, and please report it)");
        }
        return ExitCode.FAILED;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"elsim " + Version.current()};
        }
    }
}

package io.elsim.cli;

import io.elsim.engine.ModelError;
import io.elsim.engine.Simulator;
import io.elsim.experiment.Version;
import io.elsim.model.Units;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        System.exit(execute(new FileOutputStream(FileDescriptor.out), charset, CheckedStdout.describeFd1(), args));
    }

    /** Runs elsim with {@code args} and returns the exit code (tests call this); stdout is {@code System.out}. */
    public static int execute(String... args) {
        return execute(System.out, StandardCharsets.UTF_8, "stdout", args);
    }

    /**
     * Runs elsim writing its reports to {@code stdout}: every command prints through one
     * stream whose write errors are kept, so that a report lost to a full disk or a closed
     * pipe is exit 1 with a message naming {@code stdoutName}, never exit 0.
     */
    static int execute(OutputStream stdout, Charset charset, String stdoutName, String... args) {
        CheckedStdout checked = new CheckedStdout(stdout);
        PrintStream out = new PrintStream(checked, true, charset);
        PrintStream previous = System.out;
        PrintStream stderr = System.err;
        System.setOut(out);
        // every message on stderr (logs, problems, picocli's own errors) shows control characters escaped
        System.setErr(SafeStderr.wrap(stderr));
        try {
            Logging.configure(args);
            CommandLine cmd = new CommandLine(new Main());
            cmd.setOut(new PrintWriter(new OutputStreamWriter(out, charset), true));
            cmd.setErr(new PrintWriter(SafeStderr.writer(), true));
            cmd.setParameterExceptionHandler(Main::handleParameter);
            cmd.setExecutionExceptionHandler(Main::handle);
            CommandLine.IParameterExceptionHandler parseErrors = cmd.getParameterExceptionHandler();
            cmd.setParameterExceptionHandler((ex, rest) -> {
                strayUnitHint(ex);
                return parseErrors.handleParseException(ex, rest);
            });
            addDocumentationFooter(cmd);
            for (CommandLine sub : cmd.getSubcommands().values()) {
                // mixinStandardHelpOptions gives every subcommand -V; without a provider it printed nothing
                sub.getCommandSpec().versionProvider(new VersionProvider());
            }
            String unreadable = Arguments.undecodable(args);
            int code;
            if (unreadable != null) {
                System.err.println("elsim: " + unreadable);
                code = ExitCode.USAGE;
            } else {
                code = cmd.execute(args);
            }
            cmd.getOut().flush();
            out.flush();
            String lost = checked.failure();
            if (lost != null && code != ExitCode.FAILED) {
                System.err.println("elsim: cannot write " + stdoutName + ": " + lost);
                // a usage or config error stays exit 2: what the user must fix first
                if (code != ExitCode.USAGE) code = ExitCode.FAILED;
            }
            return code;
        } finally {
            System.setOut(previous);
            System.setErr(stderr);
        }
    }

    /**
     * picocli's own handling of a bad option, with the usage in plain text: the error stream
     * escapes control characters, so colour codes there would show as {@code \x1b[31m}.
     */
    private static int handleParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cmd.usage(err, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** "--horizon 4 weeks" leaves "weeks" over: say how to write it (run and validate see it as a CONFIG instead). */
    private static void strayUnitHint(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)) return;
        for (String arg : unmatched.getUnmatched()) {
            if (!arg.isEmpty() && Units.DURATION_UNITS.containsKey(arg.toLowerCase(Locale.ROOT))) {
                ex.getCommandLine().getErr().println("elsim: '" + arg + "' is a time unit: write it with its number,"
                        + " without a space, e.g. --horizon 4" + arg.toLowerCase(Locale.ROOT));
                return;
            }
        }
    }

    /** Where to read on, under every command's --help (and so in the man page). */
    static final String[] DOCUMENTATION = {"",
            "Documentation (the docs/ folder of the elsim source):",
            "  config keys           docs/config-reference.md (and elsim schema)",
            "  report fields         docs/reports.md",
            "  replications, sweeps  docs/experiments.md",
            "  limits and guards     docs/limits.md"};

    private static void addDocumentationFooter(CommandLine cmd) {
        append(cmd);
        for (CommandLine sub : cmd.getSubcommands().values()) append(sub);
    }

    private static void append(CommandLine c) {
        var usage = c.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        footer.addAll(List.of(DOCUMENTATION));
        usage.footer(footer.toArray(String[]::new));
    }

    /** Turns exceptions into a one-line message and an exit code; stack traces only with -v. */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof WriteFailure) {
            err.println("elsim: " + e.getMessage());
            return ExitCode.FAILED;
        }
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

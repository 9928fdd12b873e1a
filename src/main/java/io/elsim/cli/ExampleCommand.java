package io.elsim.cli;

import io.elsim.experiment.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code elsim example}: print a bundled example config, or list them. */
@Command(name = "example", mixinStandardHelpOptions = true,
        description = "Print a built-in example config (start your own from it: elsim example douai > my-line.yaml). "
                + "Without NAME, list the examples, one line each.")
final class ExampleCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Example name, e.g. douai or minimal.")
    String name;

    @Override
    public Integer call() {
        if (name == null) {
            int width = Examples.NAMES.stream().mapToInt(String::length).max().orElse(0);
            for (String n : Examples.NAMES) {
                System.out.println(n + " ".repeat(width - n.length() + 2) + Examples.description(n));
            }
            return ExitCode.OK;
        }
        String text = Examples.text(name).orElseThrow(() ->
                new UserError("no example named '" + name + "' (examples: " + String.join(", ", Examples.NAMES) + ")"));
        System.out.print(text);
        return ExitCode.OK;
    }
}

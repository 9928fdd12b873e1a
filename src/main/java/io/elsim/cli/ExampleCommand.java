package io.elsim.cli;

import io.elsim.experiment.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code elsim example}: print a bundled example config, or list them. */
@Command(name = "example", mixinStandardHelpOptions = true,
        description = "Print a built-in example config (start your own from it: elsim example douai > my-line.yaml). "
                + "Without NAME, list the examples.")
final class ExampleCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Example name, e.g. douai or minimal.")
    String name;

    @Override
    public Integer call() {
        if (name == null) {
            Examples.NAMES.forEach(System.out::println);
            return ExitCode.OK;
        }
        String text = Examples.text(name).orElseThrow(() ->
                new UserError("no example named '" + name + "' (examples: " + String.join(", ", Examples.NAMES) + ")"));
        System.out.print(text);
        return ExitCode.OK;
    }
}

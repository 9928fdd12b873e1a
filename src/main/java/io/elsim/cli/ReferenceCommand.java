package io.elsim.cli;

import io.elsim.config.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code elsim reference FILE}, hidden: prints FILE (docs/config-reference.md) with its
 * generated key tables rewritten from the declarations. A tool for elsim's own docs, so it
 * prints and never writes: {@code ./elsim reference docs/config-reference.md > new.md}.
 */
@Command(name = "reference", hidden = true, mixinStandardHelpOptions = true,
        description = "Print the config reference FILE with its generated key tables rewritten from the key "
                + "declarations (for elsim's developers).")
final class ReferenceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the config reference, docs/config-reference.md")
    Path file;

    @Override
    public Integer call() {
        String doc;
        try {
            doc = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ":1:1: cannot read the file: " + e.getMessage());
        }
        System.out.print(Reference.regenerate(doc));
        System.out.flush();
        if (System.out.checkError()) throw new UserError("cannot write the reference to standard output");
        return ExitCode.OK;
    }
}

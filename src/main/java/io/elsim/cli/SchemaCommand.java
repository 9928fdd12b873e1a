package io.elsim.cli;

import io.elsim.config.Schema;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code elsim schema}: the JSON Schema of a line config, for editors (docs/elsim.schema.json). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of a line config, generated from the keys the loader "
                + "accepts. Editors with the YAML language server use it through a first line "
                + "'# yaml-language-server: $schema=PATH-OR-URL' in the config.")
final class SchemaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(Schema.json());
        return ExitCode.OK;
    }
}

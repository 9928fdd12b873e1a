package io.elsim.cli;

import picocli.CommandLine.Option;

/** -q and -v; read early by {@link Logging}, declared here so that picocli accepts and documents them. */
final class VerbosityOptions {
    @Option(names = {"-q", "--quiet"}, description = "Only warnings and errors on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Debug messages on stderr (and stack traces of internal errors).")
    boolean verbose;
}

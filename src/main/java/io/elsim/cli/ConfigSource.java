package io.elsim.cli;

import io.elsim.config.ConfigException;
import io.elsim.config.ConfigLoader;
import io.elsim.config.LoadedConfig;
import io.elsim.experiment.Examples;

import java.nio.file.Path;
import java.util.List;

/** Loads the config a command names, or the built-in example when it names none. */
final class ConfigSource {
    private ConfigSource() { }

    /** A config's name (for messages) and text, read once and loaded as often as needed. */
    record Text(String name, String yaml) {
        LoadedConfig load(List<String> overrides) throws ConfigException {
            return ConfigLoader.load(name, yaml, overrides);
        }
    }

    static LoadedConfig load(Path file, List<String> overrides) throws ConfigException {
        return read(file).load(overrides);
    }

    static Text read(Path file) throws ConfigException {
        if (file == null) {
            return new Text(Examples.fileName(Examples.DEFAULT), Examples.text(Examples.DEFAULT).orElseThrow());
        }
        return new Text(file.toString(), ConfigLoader.readText(file));
    }

    /** Commands that take one CONFIG refuse more instead of ignoring them. */
    static Path single(String command, List<Path> configs) {
        if (configs.size() > 1) {
            throw new UserError(command + " takes one CONFIG, got " + configs.size() + ": "
                    + String.join(" ", configs.stream().map(Path::toString).toList())
                    + (command.equals("sweep") ? " (to compare configs, run a sweep for each, or elsim run them as a cluster)"
                    : ""));
        }
        return configs.isEmpty() ? null : configs.get(0);
    }
}

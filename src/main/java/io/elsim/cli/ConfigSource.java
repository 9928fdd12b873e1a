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

    static LoadedConfig load(Path file, List<String> overrides) throws ConfigException {
        if (file == null) {
            String name = Examples.fileName(Examples.DEFAULT);
            return ConfigLoader.load(name, Examples.text(Examples.DEFAULT).orElseThrow(), overrides);
        }
        return ConfigLoader.load(file, overrides);
    }
}

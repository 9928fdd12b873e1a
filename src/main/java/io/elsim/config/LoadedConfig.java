package io.elsim.config;

import io.elsim.model.LineSpec;
import java.util.List;

/** A valid line config and the warnings found while loading it (nothing fatal). */
public record LoadedConfig(LineSpec spec, List<Problem> warnings) {
    public LoadedConfig {
        warnings = List.copyOf(warnings);
    }
}

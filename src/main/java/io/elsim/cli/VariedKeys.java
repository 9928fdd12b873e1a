package io.elsim.cli;

import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys a sweep varies, as they resolve in its base config: what the sweep's identity names. */
final class VariedKeys {
    private VariedKeys() { }

    /**
     * Each varied key as it resolves in the base config, with its values. Two spellings of one
     * key ({@code stations.1.cycle} and {@code stations.paint.cycle}) would make the later
     * override win silently and mislabel every row: refused.
     */
    static Map<String, List<String>> resolved(ConfigSource.Text text, List<String> overrides, List<Sweep.Factor> factors) {
        List<String> resolved = ConfigLoader.resolveKeys(text.name(), text.yaml(), overrides,
                factors.stream().map(Sweep.Factor::key).toList());
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, String> writtenAs = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            String key = resolved.get(i);
            String before = writtenAs.putIfAbsent(key, factors.get(i).key());
            if (before != null) {
                throw new UserError("--vary " + before + " and --vary " + factors.get(i).key() + " are the same key ("
                        + key + "); list all its values in one --vary");
            }
            out.put(key, factors.get(i).values());
        }
        return out;
    }
}

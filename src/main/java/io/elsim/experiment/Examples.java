package io.elsim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The example configs bundled in the jar (the files of the repository's examples/ folder). */
public final class Examples {
    /** The example `elsim run` simulates when given no config. */
    public static final String DEFAULT = "douai";

    /** Every bundled example, in the order `elsim example` lists them. */
    public static final List<String> NAMES = List.of("douai", "maubeuge", "ruitz-trays", "electricity-2031", "minimal");

    /** One line per example for `elsim example`: what it models and what it shows. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "douai", "Douai R5/Megane/Scenic line: 2 shifts + half-rate night, breakdowns, suppliers (the default)",
            "maubeuge", "Maubeuge Kangoo + Renault 4 line: 2 shifts, product mix; run with douai as a cluster",
            "ruitz-trays", "Ruitz battery trays: two parallel lines as 2-server stations, three shifts",
            "electricity-2031", "Douai 2031 scenario: 3 lines, 3 full shifts; with maubeuge, 1,000,000 a year",
            "minimal", "the smallest useful model: three stations in a row, 24/7, no failures; start here");

    /** The one-line description of a bundled example. */
    public static String description(String name) {
        String d = DESCRIPTIONS.get(name);
        if (d == null) throw new IllegalArgumentException("no description for example " + name);
        return d;
    }

    private Examples() { }

    /** The YAML text of a bundled example, e.g. "douai" or "douai.yaml". */
    public static Optional<String> text(String name) {
        String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        if (!NAMES.contains(base)) return Optional.empty();
        try (InputStream in = Examples.class.getResourceAsStream("/io/elsim/examples/" + base + ".yaml")) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled example " + base, e);
        }
    }

    public static String fileName(String name) {
        return name.endsWith(".yaml") ? name : name + ".yaml";
    }
}

package io.elsim.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Output formats of {@code --format}. */
public enum Format {
    TABLE("txt"), CSV("csv"), JSON("json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension (.txt, .csv, .json, any case) names; null for any other name. */
    public static Format ofFileName(Path file) {
        if (file == null || file.getFileName() == null) return null;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (name.endsWith("." + f.extension)) return f;
        }
        return null;
    }

    /**
     * The format of an output: {@code --format} when given, else the one the output file's extension
     * names, else the table. A --format that contradicts the extension is refused: a file called
     * report.csv holding a text table (or JSON) is a trap for whoever opens it later.
     */
    public static Format choose(String option, Path output) {
        Format byName = ofFileName(output);
        if (option == null) return byName == null ? TABLE : byName;
        Format chosen = parse(option);
        if (byName != null && byName != chosen) {
            throw new IllegalArgumentException("--format " + option.trim() + " contradicts --output " + output
                    + " (a ." + byName.extension + " name means " + byName.name().toLowerCase(Locale.ROOT)
                    + "): drop --format, or name the file ." + chosen.extension);
        }
        return chosen;
    }

    /** Case-insensitive; the message lists the valid names. */
    public static Format parse(String text) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) return f;
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (use "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")");
    }
}

package io.elsim.report;

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

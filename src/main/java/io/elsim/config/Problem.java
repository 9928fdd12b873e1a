package io.elsim.config;

/** One thing wrong (or worth a warning) in a config, at a 1-based line and column. */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

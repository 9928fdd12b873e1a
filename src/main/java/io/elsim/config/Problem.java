package io.elsim.config;

import io.elsim.model.Printable;

/**
 * One thing wrong (or worth a warning) in a config, at a 1-based line and column. Its text
 * form is one line with control characters escaped: it quotes what the user wrote (a file
 * name, a value), and it is printed on a terminal.
 */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return Printable.escape(file + ":" + line + ":" + column + ": " + message);
    }
}

package io.elsim.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a key's value may be: how it is read and checked, how it reads in messages and in the
 * reference, its JSON Schema, and a wrong and an out-of-range value for the generated tests.
 * The factories are in {@link Types}; a {@link Key} pairs a type with a name, a default and
 * its documentation.
 *
 * @param <T> what the reader gets: a number, a duration in seconds, a validated mapping ...
 */
public abstract class Type<T> {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The value; null when it is wrong, with the problem (naming {@code path}) recorded. */
    abstract T read(Values v, Node n, String path);

    /** The type as the reference shows it: "integer ≥ 1", "duration > 0", "distribution". */
    public abstract String form();

    /** What the messages say is expected, after "expected ": "a whole number >= 1". */
    public abstract String expected();

    /** The JSON Schema of a value of this type. */
    abstract ObjectNode schema();

    /** A YAML value of the wrong type, refused by the loader and by the schema. */
    public String wrongType() {
        return "[1, 2]";
    }

    /**
     * A YAML value of the right type but outside the accepted range, and the part of the
     * message that names the range; null when every value of the type is accepted.
     */
    public OutOfRange outOfRange() {
        return null;
    }

    /** A value outside the range and the words of the message that state the range. */
    public record OutOfRange(String yaml, String range) { }

    /** The sections this type opens (a section, a list or map of sections), for schema and docs. */
    public List<Section> sections() {
        return List.of();
    }
}

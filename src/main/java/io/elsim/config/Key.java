package io.elsim.config;

import io.elsim.config.Node.MapNode;

/**
 * One config key, declared once: its name, type (with its unit and range), default, whether
 * it is required, a one-line meaning and an example. The loader reads it through
 * {@link #read}, the schema, the reference and the generated tests take everything else from
 * here (see docs/architecture.md, "How to add a config key").
 *
 * @param defaultValue the default as a user would write it in YAML, applied when the key is
 *                     absent; null = no default value
 * @param defaultDoc   how the reference states the default when it is computed rather than
 *                     written (e.g. "file name"); null = the default value, or "required"
 * @param unit         the unit of a number, for the reference ("km", "parts"); "" = none or
 *                     written with the value (durations)
 */
public record Key<T>(String name, Type<T> type, boolean required, String defaultValue, String defaultDoc,
                     String unit, String doc, String example) {

    static <T> Key<T> required(String name, Type<T> type, String doc, String example) {
        return new Key<>(name, type, true, null, null, "", doc, example);
    }

    static <T> Key<T> optional(String name, Type<T> type, String defaultValue, String doc, String example) {
        return new Key<>(name, type, false, defaultValue, null, "", doc, example);
    }

    /** The same key with a unit shown in the reference. */
    Key<T> unit(String unit) {
        return new Key<>(name, type, required, defaultValue, defaultDoc, unit, doc, example);
    }

    /** The same key with its default described in words (the reader computes it). */
    Key<T> defaultDoc(String words) {
        return new Key<>(name, type, required, defaultValue, words, unit, doc, example);
    }

    /** The default as the reference shows it. */
    public String defaultText() {
        if (required) return "required";
        if (defaultDoc != null) return defaultDoc;
        return defaultValue == null ? "none" : "`" + defaultValue + "`";
    }

    /** Whether the key is written in the mapping. */
    boolean given(MapNode map) {
        return map.get(name) != null;
    }

    /** The value written, else the default placed at the mapping, else null. */
    Node node(MapNode map) {
        Node n = map.get(name);
        if (n != null || defaultValue == null) return n;
        Node.ScalarKind kind = defaultValue.matches("-?\\d+") ? Node.ScalarKind.INTEGER
                : defaultValue.matches("-?\\d*\\.\\d+") ? Node.ScalarKind.FLOAT : Node.ScalarKind.STRING;
        return new Node.Scalar(map.pos(), defaultValue, kind);
    }

    /**
     * The value written (or the default), checked against the type; null when absent without
     * a default (a missing required key is reported by {@link Values#section}) or wrong
     * (reported here, at the value).
     *
     * @param parent the mapping's path ("stations[2]"), "" at the top level
     */
    T read(Values v, MapNode map, String parent) {
        Node n = node(map);
        return n == null ? null : type.read(v, n, path(parent));
    }

    String path(String parent) {
        return Values.path(parent, name);
    }
}

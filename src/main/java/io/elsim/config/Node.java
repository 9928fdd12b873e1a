package io.elsim.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed YAML, kept as a small tree that remembers where every key and value was
 * written, so that validation can point at {@code file:line:column}. Mutable only so that
 * {@code --set} overrides can be applied before validation.
 */
sealed interface Node {

    Pos pos();

    /** How the node reads in a message: "a list", "a mapping", "'abc'". */
    String describe();

    record Pos(String file, int line, int column) {
        Problem problem(String message) {
            return new Problem(file, line, column, message);
        }
    }

    enum ScalarKind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /** A scalar keeps its text as written; YAML's typing only tells numbers from strings. */
    record Scalar(Pos pos, String text, ScalarKind kind) implements Node {
        boolean isNull() { return kind == ScalarKind.NULL; }

        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case BOOLEAN -> "the boolean " + text;
                case INTEGER, FLOAT -> "the number " + text;
                case STRING -> "'" + text + "'";
            };
        }
    }

    record Entry(Pos keyPos, Node value) { }

    record MapNode(Pos pos, Map<String, Entry> entries) implements Node {
        MapNode(Pos pos) { this(pos, new LinkedHashMap<>()); }

        Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public String describe() { return "a mapping"; }
    }

    record ListNode(Pos pos, List<Node> items) implements Node {
        ListNode(Pos pos) { this(pos, new ArrayList<>()); }

        public String describe() { return "a list"; }
    }
}

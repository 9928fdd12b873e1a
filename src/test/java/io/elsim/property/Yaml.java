package io.elsim.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny YAML model for generated configs: mappings, lists and leaves written as raw YAML
 * text, each leaf tagged with what it holds so that a mutation can make it surely invalid.
 */
final class Yaml {
    private Yaml() { }

    enum Kind { DURATION, COUNT, PROBABILITY, POSITIVE, REFERENCE, OTHER }

    static final class Leaf {
        String raw;
        final Kind kind;

        Leaf(String raw, Kind kind) {
            this.raw = raw;
            this.kind = kind;
        }
    }

    static Leaf leaf(Object raw, Kind kind) { return new Leaf(String.valueOf(raw), kind); }

    static Map<String, Object> map() { return new LinkedHashMap<>(); }

    /** Top level in block style, one station (or part, supplier) per line; the rest in flow style. */
    static String write(Map<String, Object> root) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : root.entrySet()) {
            if (e.getValue() instanceof List<?> list && !list.isEmpty()) {
                b.append(e.getKey()).append(":\n");
                for (Object item : list) b.append("  - ").append(flow(item)).append('\n');
            } else {
                b.append(e.getKey()).append(": ").append(flow(e.getValue())).append('\n');
            }
        }
        return b.toString();
    }

    static String flow(Object o) {
        if (o instanceof Leaf l) return l.raw;
        if (o instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) parts.add(e.getKey() + ": " + flow(e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        if (o instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) parts.add(flow(x));
            return "[" + String.join(", ", parts) + "]";
        }
        throw new IllegalArgumentException(String.valueOf(o));
    }

    /** Every leaf, depth first. */
    static List<Leaf> leaves(Object o) {
        List<Leaf> out = new ArrayList<>();
        collect(o, out);
        return out;
    }

    private static void collect(Object o, List<Leaf> out) {
        if (o instanceof Leaf l) out.add(l);
        else if (o instanceof Map<?, ?> m) m.values().forEach(v -> collect(v, out));
        else if (o instanceof List<?> l) l.forEach(v -> collect(v, out));
    }
}

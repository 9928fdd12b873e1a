package io.elsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole config built from the key declarations alone: every key of every section with its
 * declared example (sections, lists and maps of sections built the same way, one level down),
 * written as block YAML whose every value's line and column is known. Sections with
 * alternatives (release: takt or interarrival) take the alternative {@code variant}, so
 * variants 0 and 1 together hold every key but those of {@code feeders}. Variants 2 to 4 add a
 * feeder (pulled, split, pushed at a takt: the feeder's alternatives nest) fitting its units at
 * a second main-line station, {@value #FITTING}, that the first one leads to, since a feeder
 * must start its units before the station that fits them. A value can be replaced before
 * writing, which is how the generated tests put a wrong value at a key.
 */
final class ExampleDocument {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A value as written: raw YAML text, or a nested mapping or list to write in block style. */
    private final Map<String, Object> root;
    /** Path of every key written -> its declaration. */
    final Map<String, Key<?>> keys = new LinkedHashMap<>();
    /** Path of every value written -> {line, column}, filled by {@link #yaml}. */
    final Map<String, int[]> positions = new LinkedHashMap<>();

    /** Documents to write so that every declared key is in one of them. */
    static final int VARIANTS = 5;
    static final String FITTING = "marriage";
    private final int variant;

    static boolean hasFeeders(int variant) {
        return variant >= 2;
    }

    ExampleDocument(int variant) {
        this.variant = variant;
        root = section(Keys.LINE, variant, "");
        if (hasFeeders(variant)) feederFixups();
    }

    /** A second main-line station where the feeder fits its units, and a feeder station of its own name. */
    @SuppressWarnings("unchecked")
    private void feederFixups() {
        List<Object> stations = (List<Object>) root.get("stations");
        Map<String, Object> fitting = new LinkedHashMap<>();
        fitting.put("name", FITTING);
        fitting.put("cycle", "55s");
        stations.add(fitting);
        Map<String, Object> first = (Map<String, Object>) stations.get(0);
        if (first.containsKey("next")) first.put("next", FITTING);
        if (first.containsKey("routes")) first.put("routes", "[{to: " + FITTING + "}]");
        Map<String, Object> feeder = (Map<String, Object>) ((List<Object>) root.get("feeders")).get(0);
        feeder.put("into", FITTING);
        ((Map<String, Object>) ((List<Object>) feeder.get("stations")).get(0)).put("name", "pack-test");
    }

    /** The alternative written: nested for the feeder (release: pull, split_from, release: takt). */
    private int choice(Section s, int n) {
        if (s == Keys.Feeder.SECTION) return variant == 3 ? 1 : 0;
        if (s == Keys.FeederRelease.SECTION) return variant == 4 ? 1 : 0;
        return variant % n;
    }

    /** The path of each declared key in this document, with the declaration it came from. */
    Map<String, Key<?>> keys() {
        return keys;
    }

    private Map<String, Object> section(Section s, int variant, String path) {
        List<String> skipped = new ArrayList<>();
        if (!s.alternatives().isEmpty()) {
            List<String> chosen = s.alternatives().get(choice(s, s.alternatives().size()));
            for (List<String> g : s.alternatives()) if (g != chosen) skipped.addAll(g);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Key<?> k : s.keys()) {
            if (skipped.contains(k.name())) continue;
            if (k == Keys.Line.FEEDERS && !hasFeeders(variant)) continue;
            String p = Values.path(path, k.name());
            keys.put(p, k);
            m.put(k.name(), value(k, variant, p));
        }
        return m;
    }

    private Object value(Key<?> k, int variant, String path) {
        Type<?> t = k.type();
        if (t instanceof Composites.SectionType st) return section(st.section, variant, path);
        if (t instanceof Composites.EitherType<?, ?> e && e.mapping instanceof Composites.SectionType st) {
            return section(st.section, variant, path);
        }
        if (t instanceof Composites.ListType<?> l && l.item instanceof Composites.SectionType st) {
            return new ArrayList<>(List.of(section(st.section, variant, path + "[0]")));
        }
        if (t instanceof Composites.MapType<?> mt && mt.value instanceof Composites.SectionType st) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Iterator<String> names = parse(k.example()).fieldNames(); names.hasNext(); ) {
                String name = names.next();
                m.put(name, section(st.section, variant, path + "." + name));
            }
            return m;
        }
        return k.example();
    }

    /** Replaces the value at {@code path} (a key of this document) by raw YAML text. */
    ExampleDocument with(String path, String yaml) {
        if (!put(root, path, yaml)) throw new IllegalArgumentException("no key " + path);
        return this;
    }

    @SuppressWarnings("unchecked")
    private static boolean put(Object node, String path, String yaml) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                String rest = strip(path, e.getKey());
                if (rest == null) continue;
                if (rest.isEmpty()) {
                    e.setValue(yaml);
                    return true;
                }
                if (put(e.getValue(), rest, yaml)) return true;
            }
        } else if (node instanceof List<?> l && path.startsWith("[0]")) {
            String rest = path.substring(3);
            return put(l.get(0), rest.startsWith(".") ? rest.substring(1) : rest, yaml);
        }
        return false;
    }

    private static String strip(String path, String key) {
        if (path.equals(key)) return "";
        if (path.startsWith(key + ".")) return path.substring(key.length() + 1);
        if (path.startsWith(key + "[")) return path.substring(key.length());
        return null;
    }

    /** The document as block YAML; records where each value starts. */
    String yaml() {
        positions.clear();
        StringBuilder out = new StringBuilder();
        writeMap(root, 0, "", out, false);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private void writeMap(Map<String, Object> m, int indent, String path, StringBuilder out, boolean firstInline) {
        boolean first = firstInline;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String p = Values.path(path, e.getKey());
            int line = (int) out.chars().filter(c -> c == '\n').count() + 1;
            if (!first) out.append(" ".repeat(indent));
            first = false;
            out.append(e.getKey()).append(':');
            Object v = e.getValue();
            if (v instanceof String text) {
                positions.put(p, new int[] {line, indent + e.getKey().length() + 3});
                out.append(' ').append(text).append('\n');
            } else if (v instanceof Map<?, ?> child) {
                out.append('\n');
                positions.put(p, new int[] {line + 1, indent + 3});
                writeMap((Map<String, Object>) child, indent + 2, p, out, false);
            } else {
                out.append('\n');
                positions.put(p, new int[] {line + 1, indent + 3});
                int i = 0;
                for (Object item : (List<Object>) v) {
                    out.append(" ".repeat(indent + 2)).append("- ");
                    writeMap((Map<String, Object>) item, indent + 4, p + "[" + i++ + "]", out, true);
                }
            }
        }
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (Exception e) {
            throw new IllegalArgumentException("not YAML: " + yaml, e);
        }
    }
}

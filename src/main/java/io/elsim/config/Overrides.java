package io.elsim.config;

import io.elsim.config.Node.Entry;
import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Pos;
import io.elsim.config.Node.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --set key=value} applied to the node tree before validation, so an override is
 * checked exactly like a value written in the file. Path segments are mapping keys; in a
 * list they are an index or the {@code name} of an entry ({@code stations.paint.servers}).
 * Problems point at {@code --set:1:column} within the {@code key=value} text.
 */
final class Overrides {
    static final String SOURCE = "--set";
    /** Longest key path of a --set; real ones are under 60 characters. */
    static final int MAX_KEY_CHARS = 1_000;

    private final List<Problem> problems;

    Overrides(List<Problem> problems) {
        this.problems = problems;
    }

    void apply(MapNode root, String set) {
        if (!withinLimits(set)) return;
        int eq = set.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(SOURCE, 1, 1, "expected KEY=VALUE like stations.paint.servers=3, got '" + set + "'"));
            return;
        }
        String key = set.substring(0, eq);
        if (key.contains("[") || key.startsWith("'") || key.startsWith("\"")) {
            // stations[0].servers is how JSON paths and jq write it; a quote is the shell's, passed on literally
            String dotted = key.replaceAll("^['\"]|['\"]$", "").replaceAll("\\[\\s*['\"]?([^\\]'\"]*)['\"]?\\s*]", ".$1");
            problems.add(new Problem(SOURCE, 1, 1, "--set " + set + ": write the key with dots and without quotes or"
                    + " brackets: " + dotted + set.substring(eq) + " (a list entry by index, stations.0.servers, or by"
                    + " name, stations.NAME.servers)"));
            return;
        }
        List<String> segments = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        split(key, segments, columns);
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).isEmpty()) {
                problems.add(new Problem(SOURCE, 1, columns.get(i), "empty key in '" + key + "'"));
                return;
            }
        }
        Node value = value(set.substring(eq + 1), eq + 1);
        if (value == null) return;

        Node current = root;
        for (int i = 0; i < segments.size(); i++) {
            String seg = segments.get(i);
            Pos at = new Pos(SOURCE, 1, columns.get(i));
            boolean last = i == segments.size() - 1;
            if (current instanceof MapNode map) {
                Node next = map.get(seg);
                if (last || next == null) {
                    // create what is missing; validation then judges whether the key belongs there
                    Node created = last ? value : new MapNode(at);
                    Entry old = map.entries().get(seg);
                    map.entries().put(seg, new Entry(old == null ? at : old.keyPos(), created));
                    next = created;
                }
                current = next;
            } else if (current instanceof ListNode list) {
                int index = indexOf(list, seg);
                if (index < 0) {
                    problems.add(at.problem("--set " + key + ": no entry '" + seg + "' in " + String.join(".", segments.subList(0, i))
                            + Suggest.didYouMean(seg, names(list))
                            + " (use a name or an index from 0 to " + (list.items().size() - 1) + ")"));
                    return;
                }
                if (last) list.items().set(index, value);
                current = list.items().get(index);
            } else {
                problems.add(at.problem("--set " + key + ": cannot go into '" + String.join(".", segments.subList(0, i)) + "', which is "
                        + current.describe() + ", not a mapping or a list"));
                return;
            }
        }
    }

    /**
     * The limits a config file has, for the text of one --set: a key path no deeper than a
     * file may nest (so its cost stays linear: a 65,000-segment path took minutes), a value no
     * longer than a file's scalar, and no control character (a raw ESC would reach the terminal
     * in messages).
     */
    private boolean withinLimits(String set) {
        for (int i = 0; i < set.length(); i++) {
            char c = set.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                problems.add(new Problem(SOURCE, 1, i + 1, String.format(Locale.ROOT,
                        "the control character U+%04X is not allowed in a --set", (int) c)));
                return false;
            }
        }
        int eq = set.indexOf('=');
        String key = eq < 0 ? set : set.substring(0, eq);
        if (key.length() > MAX_KEY_CHARS) {
            problems.add(new Problem(SOURCE, 1, 1, "a key of " + key.length() + " characters; at most "
                    + MAX_KEY_CHARS + " are accepted"));
            return false;
        }
        long dots = key.chars().filter(c -> c == '.').count();
        if (dots >= YamlTreeReader.MAX_DEPTH) {
            problems.add(new Problem(SOURCE, 1, 1, "a key path of " + (dots + 1) + " parts; a config nests at most "
                    + YamlTreeReader.MAX_DEPTH + " levels"));
            return false;
        }
        if (eq >= 0 && set.length() - eq - 1 > YamlTreeReader.MAX_SCALAR_CHARS) {
            problems.add(new Problem(SOURCE, 1, eq + 2, "a value of " + (set.length() - eq - 1)
                    + " characters; at most " + YamlTreeReader.MAX_SCALAR_CHARS + " are accepted"));
            return false;
        }
        return true;
    }

    private static void split(String key, List<String> segments, List<Integer> columns) {
        int start = 0;
        for (int dot = key.indexOf('.'); ; dot = key.indexOf('.', start)) {
            int end = dot < 0 ? key.length() : dot;
            segments.add(key.substring(start, end).strip());
            columns.add(start + 1);
            if (dot < 0) break;
            start = dot + 1;
        }
    }

    /**
     * The key a dotted path reaches in {@code root}, spelled one way: segments stripped, and a
     * list entry by its name when it has one, else by its index. {@code stations.1.cycle},
     * {@code stations.paint.cycle} and {@code stations. paint .cycle} all name the same key
     * when station 1 is paint. Segments that reach nothing yet (a key --set would create) are
     * kept as written.
     */
    static String resolve(Node root, String key) {
        List<String> segments = new ArrayList<>();
        split(key, segments, new ArrayList<>());
        List<String> out = new ArrayList<>();
        Node current = root;
        for (String seg : segments) {
            if (current instanceof MapNode map) {
                out.add(seg);
                current = map.get(seg);
            } else if (current instanceof ListNode list) {
                int index = indexOf(list, seg);
                if (index < 0) {
                    out.add(seg);
                    current = null;
                } else {
                    current = list.items().get(index);
                    out.add(current instanceof MapNode m && m.get("name") instanceof Scalar s ? s.text() : String.valueOf(index));
                }
            } else {
                out.add(seg);
                current = null;
            }
        }
        return String.join(".", out);
    }

    /**
     * The value as YAML, so {@code {takt: 60s}} is a mapping and {@code 3} a number. Text
     * that is not valid YAML on its own, like {@code >= 400000} (a block-scalar indicator
     * to YAML), is taken as the plain string the user meant, unless it opens a flow
     * collection: then the user meant YAML and hears what is wrong with it.
     */
    private Node value(String text, int offset) {
        Pos at = new Pos(SOURCE, 1, offset + 1);
        if (text.isBlank()) return new Scalar(at, "", Node.ScalarKind.NULL);
        List<Problem> parse = new ArrayList<>();
        Node value = new YamlTreeReader(SOURCE, offset, parse).read(text);
        if (parse.isEmpty()) return value;
        String t = text.strip();
        if (t.startsWith("{") || t.startsWith("[")) {
            problems.addAll(parse);
            return null;
        }
        return new Scalar(at, text, Node.ScalarKind.STRING);
    }

    private static int indexOf(ListNode list, String seg) {
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) instanceof MapNode m && m.get("name") instanceof Scalar s && s.text().equals(seg)) {
                return i;
            }
        }
        if (seg.matches("\\d{1,9}")) {
            int i = Integer.parseInt(seg);
            if (i < list.items().size()) return i;
        }
        return -1;
    }

    private static List<String> names(ListNode list) {
        List<String> names = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof MapNode m && m.get("name") instanceof Scalar s) names.add(s.text());
        }
        return names;
    }
}

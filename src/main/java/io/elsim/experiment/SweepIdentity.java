package io.elsim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elsim.model.LineSpec;
import io.elsim.model.Units;
import io.elsim.report.JsonReportWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What defines a sweep, so that its rows can be told from another sweep's: the elsim version,
 * the resolved base config (after --set), the varied keys and their values, the seed, horizon
 * and warm-up, and how many replications each scenario gets. Shards of one sweep share it
 * ({@code --shard} and {@code --threads} do not change a row, so they are not part of it).
 *
 * <p>It travels with every row as the last column, {@value #COLUMN}, one short line of
 * {@code key=value} words: the CSV stays a plain table, and {@code --resume} and
 * {@code merge} can say which part differs. The config and the --vary values are too long
 * to repeat on every row and appear as hashes (the first 12 hex digits of a SHA-256).
 */
public record SweepIdentity(Map<String, String> parts) {
    public static final String COLUMN = "sweep_id";
    private static final List<String> ORDER = List.of("elsim", "config", "vary", "seed", "horizon", "warmup", "replications");

    public SweepIdentity {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * @param keys the varied keys as resolved ({@code stations.1.cycle} and {@code stations.paint.cycle}
     *             are one key), each with its values in order
     */
    public static SweepIdentity of(String version, LineSpec base, Map<String, List<String>> keys, Stopping stopping) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("elsim", version.replace(' ', '_'));
        JsonNode config = JsonReportWriter.configTree(base);
        if (config instanceof ObjectNode o) o.remove(List.of("seed", "horizon", "warmup"));
        p.put("config", hash(canonical(config)));
        StringBuilder vary = new StringBuilder();
        for (Map.Entry<String, List<String>> e : keys.entrySet()) {
            vary.append(e.getKey()).append('\u0000');
            for (String v : e.getValue()) vary.append(v).append('\u0001');
            vary.append('\u0002');
        }
        p.put("vary", hash(vary.toString()));
        p.put("seed", Long.toString(base.seed()));
        p.put("horizon", duration(base.horizon()));
        p.put("warmup", duration(base.warmup()));
        p.put("replications", stopping.precision() == null ? Integer.toString(stopping.replications())
                : stopping.initial() + ".." + stopping.maxReplications() + "@" + percent(stopping.precision()));
        return new SweepIdentity(p);
    }

    /** Reads the text of a {@value #COLUMN} cell; throws IllegalArgumentException when it is not one. */
    public static SweepIdentity parse(String text) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String word : text.strip().split(" +")) {
            int eq = word.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("'" + text + "' is not a sweep identity (key=value words)");
            p.put(word.substring(0, eq), word.substring(eq + 1));
        }
        if (!p.keySet().containsAll(ORDER)) {
            throw new IllegalArgumentException("'" + text + "' is not a sweep identity: it lacks "
                    + ORDER.stream().filter(k -> !p.containsKey(k)).toList());
        }
        return new SweepIdentity(p);
    }

    /** The cell's text, e.g. {@code elsim=1.0 config=3f2a9c1e7b1d vary=... seed=1 horizon=4w warmup=1d replications=10}. */
    public String text() {
        List<String> words = new ArrayList<>();
        parts.forEach((k, v) -> words.add(k + "=" + v));
        return String.join(" ", words);
    }

    /**
     * What differs between {@code this} (a file's rows, called {@code thisName}) and {@code other},
     * in words, e.g. "seed 1 in r1.csv, 6 in this sweep"; empty when they are the same sweep.
     */
    public List<String> differences(String thisName, SweepIdentity other, String otherName) {
        List<String> out = new ArrayList<>();
        TreeMap<String, String> keys = new TreeMap<>();
        for (String k : parts.keySet()) keys.put(k, k);
        for (String k : other.parts.keySet()) keys.put(k, k);
        List<String> ordered = new ArrayList<>(ORDER);
        for (String k : keys.keySet()) if (!ordered.contains(k)) ordered.add(k);
        for (String k : ordered) {
            String a = parts.get(k);
            String b = other.parts.get(k);
            if (a == null && b == null || a != null && a.equals(b)) continue;
            out.add(describe(k) + " " + (a == null ? "absent" : a) + " in " + thisName + ", "
                    + (b == null ? "absent" : b) + " in " + otherName);
        }
        return out;
    }

    private static String describe(String key) {
        return switch (key) {
            case "elsim" -> "elsim version";
            case "config" -> "resolved config (hash)";
            case "vary" -> "--vary keys or values (hash)";
            default -> key;
        };
    }

    /** Exact and readable: 4w when that is exactly the value, else the seconds. */
    private static String duration(double seconds) {
        String pretty = Units.formatDuration(seconds);
        try {
            if (Units.parseDuration(pretty) == seconds) return pretty;
        } catch (IllegalArgumentException e) {
            // fall back to the seconds below
        }
        return Double.toString(seconds) + "s";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%s%%", Double.toString(fraction * 100).replaceAll("\\.0$", ""));
    }

    /** JSON with the fields of every object sorted: the hash does not depend on the order of a map's entries. */
    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sorted.put(e.getKey(), e.getValue());
            }
            StringBuilder b = new StringBuilder("{");
            sorted.forEach((k, v) -> b.append('"').append(k).append("\":").append(canonical(v)).append(','));
            return b.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder b = new StringBuilder("[");
            for (JsonNode item : node) b.append(canonical(item)).append(',');
            return b.append(']').toString();
        }
        return node.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.config.Node.ScalarKind;
import io.elsim.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads typed values out of {@link Node}s. Each reader either returns a value or records a
 * problem and returns null, so that callers carry on and every problem gets reported.
 * {@code path} is the value's dotted path (stations[2].cycle), used as the message prefix.
 */
final class Values {
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[-+]?\\.?(nan|inf|infinity)");

    final Diagnostics d;

    Values(Diagnostics d) {
        this.d = d;
    }

    /**
     * The node as a mapping whose keys all belong to {@code section} and which has every
     * required key; null when it is not a mapping at all.
     *
     * @param label how the mapping reads in a message, e.g. "station 'paint'"
     */
    MapNode section(Node node, String path, String label, Section section) {
        if (!(node instanceof MapNode map)) {
            d.error(node, path + ": expected a mapping of " + String.join(", ", section.names())
                    + ", got " + node.describe());
            return null;
        }
        List<String> valid = section.names();
        List<String> suggested = new ArrayList<>();
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            if (!valid.contains(e.getKey())) {
                d.error(e.getValue().keyPos(), unknownKey(e.getKey(), label, valid));
                suggested.add(Suggest.closest(e.getKey(), valid));
            }
        }
        for (Key<?> f : section.keys()) {
            // a misspelt required key is one mistake: its did-you-mean says it all
            if (f.required() && !map.entries().containsKey(f.name()) && !suggested.contains(f.name())) {
                d.error(map, path + ": missing required key '" + f.name() + "' in " + label + " (" + f.doc() + ")");
            }
        }
        return map;
    }

    static String unknownKey(String key, String label, List<String> valid) {
        String suggestion = Suggest.closest(key, valid);
        return "unknown key '" + key + "' in " + label
                + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                                      : " (valid keys: " + String.join(", ", valid) + ")");
    }

    static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    // ---- scalars ----

    String string(Node n, String path) {
        if (n instanceof Scalar s && !s.isNull()) return s.text();
        d.error(n, path + ": expected a text, got " + n.describe());
        return null;
    }

    /** A name: text that obeys {@link Names}; null if absent or refused (problem recorded at the value). */
    String name(Node n, String path) {
        String s = string(n, path);
        if (s == null) return null;
        String refused = Names.message(s);
        if (refused == null) return s;
        d.error(n, path + ": " + refused);
        return null;
    }

    /** A name written as a mapping key ({@code products: {R5: ...}}); false (problem recorded at the key) if refused. */
    boolean nameKey(String key, Node.Pos keyPos, String path) {
        String refused = Names.message(key);
        if (refused == null) return true;
        d.error(keyPos, path + ": " + refused);
        return false;
    }

    /** The end of every message about a duration beyond {@link Units#MAX_DURATION}. */
    static final String TOO_LONG = tooLong("duration");

    /** "longer than 100 years, the longest {@code what} elsim accepts", from {@link Units#MAX_DURATION}. */
    static String tooLong(String what) {
        return "longer than " + Math.round(Units.MAX_DURATION / (365 * Units.DAY)) + " years, the longest " + what
                + " elsim accepts";
    }

    /** A finite number; null if absent or wrong (problem recorded). */
    Double number(Node n, String path) {
        return number(n, path, "a number");
    }

    /** A finite number; a wrong type is reported as "expected {@code expected}". */
    Double number(Node n, String path, String expected) {
        if (n instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT
                || s.kind() == ScalarKind.STRING)) {
            if (NOT_FINITE.matcher(s.text().strip()).matches()) {
                d.error(n, path + ": NaN and infinity are not allowed, got " + s.text());
                return null;
            }
            try {
                double v = Double.parseDouble(s.text().strip().replace("_", ""));
                if (Double.isFinite(v)) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        d.error(n, path + ": expected " + expected + ", got " + n.describe());
        return null;
    }

    Double number(Node n, String path, double min, boolean minIncluded) {
        return number(n, path, min, minIncluded, "a number");
    }

    Double number(Node n, String path, double min, boolean minIncluded, String expected) {
        Double v = number(n, path, expected);
        if (v == null) return null;
        if (v < min || (!minIncluded && v == min)) {
            d.error(n, path + ": must be " + (minIncluded ? ">= " : "> ") + fmt(min) + ", got " + text(n));
            return null;
        }
        return v;
    }

    /** A finite number in [min, max] (min included or not); null if absent or wrong (problem recorded). */
    Double number(Node n, String path, double min, boolean minIncluded, double max, String why) {
        return number(n, path, min, minIncluded, max, why, "a number");
    }

    Double number(Node n, String path, double min, boolean minIncluded, double max, String why, String expected) {
        Double v = number(n, path, min, minIncluded, expected);
        if (v != null && v > max) {
            d.error(n, path + ": must be <= " + fmt(max) + " (" + why + "), got " + text(n));
            return null;
        }
        return v;
    }

    Long integer(Node n, String path, long min) {
        return integer(n, path, min, "a number");
    }

    Long integer(Node n, String path, long min, String expected) {
        // Whole numbers are parsed exactly: a seed may use the whole long range, beyond the 2^53 a double holds.
        if (n instanceof Scalar s && s.text().strip().replace("_", "").matches("[-+]?\\d{1,19}")) {
            long exact;
            try {
                exact = Long.parseLong(s.text().strip().replace("_", ""));
            } catch (NumberFormatException e) {
                d.error(n, path + ": " + s.text().strip() + " is out of range (whole numbers from "
                        + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")");
                return null;
            }
            if (exact < min) {
                d.error(n, path + ": must be >= " + min + ", got " + s.text());
                return null;
            }
            return exact;
        }
        Double v = number(n, path, expected);
        if (v == null) return null;
        if (v != Math.rint(v) || Math.abs(v) > 9.007199254740992E15) {
            d.error(n, path + ": expected " + (expected.equals("a number") ? "a whole number" : expected)
                    + ", got " + text(n));
            return null;
        }
        if (v < min) {
            d.error(n, path + ": must be >= " + min + ", got " + text(n));
            return null;
        }
        return (long) (double) v;
    }

    /** A whole number in [min, max]; the reason for the maximum goes into the message. */
    Integer intValue(Node n, String path, int min, int max, String why) {
        return intValue(n, path, min, max, why, "a number");
    }

    Integer intValue(Node n, String path, int min, int max, String why, String expected) {
        Integer v = intValue(n, path, min, expected);
        if (v != null && v > max) {
            d.error(n, path + ": must be <= " + max + " (" + why + "), got " + text(n));
            return null;
        }
        return v;
    }

    Integer intValue(Node n, String path, int min) {
        return intValue(n, path, min, "a number");
    }

    Integer intValue(Node n, String path, int min, String expected) {
        Long v = integer(n, path, min, expected);
        if (v == null) return null;
        if (v > Integer.MAX_VALUE - 1) {
            d.error(n, path + ": too large, got " + text(n));
            return null;
        }
        return (int) (long) v;
    }

    static final String PROBABILITY = "a probability between 0 and 1";

    Double probability(Node n, String path) {
        Double v = number(n, path, PROBABILITY);
        if (v == null) return null;
        if (v < 0 || v > 1) {
            d.error(n, path + ": expected " + PROBABILITY + ", got " + text(n));
            return null;
        }
        return v;
    }

    /** Seconds, >= 0: a duration with a unit (45s, 1.5min, 8h, 2d, 4w) or a bare number of seconds. */
    Double duration(Node n, String path) {
        if (!(n instanceof Scalar s) || s.isNull() || s.kind() == ScalarKind.BOOLEAN) {
            d.error(n, path + ": expected a duration like 45s, 1.5min, 8h, 2d, got " + n.describe());
            return null;
        }
        String text = s.text().strip();
        if (NOT_FINITE.matcher(text).matches()) {
            d.error(n, path + ": NaN and infinity are not allowed, got " + text);
            return null;
        }
        double v;
        try {
            v = Units.parseDuration(text.replace("_", ""));
        } catch (IllegalArgumentException e) {
            d.error(n, path + ": " + e.getMessage());
            return null;
        }
        if (!Double.isFinite(v)) {
            d.error(n, path + ": duration out of range, got " + text);
            return null;
        }
        if (v < 0) {
            d.error(n, path + ": a duration cannot be negative, got " + text);
            return null;
        }
        if (v > Units.MAX_DURATION) {
            d.error(n, path + ": " + TOO_LONG + ", got " + text);
            return null;
        }
        return v;
    }

    /** A horizon or warm-up: a duration that must carry its unit unless it is 0 (see {@link Units#missingUnit}). */
    Double runLength(Node n, String path, boolean positive) {
        Double v = positive ? positiveDuration(n, path) : duration(n, path);
        if (v != null && n instanceof Scalar s) {
            String why = Units.missingUnit(s.text().strip().replace("_", ""));
            if (why != null) {
                d.error(n, path + ": " + why);
                return null;
            }
        }
        return v;
    }

    Double positiveDuration(Node n, String path) {
        Double v = duration(n, path);
        if (v != null && v == 0) {
            d.error(n, path + ": must be greater than 0, got " + text(n));
            return null;
        }
        return v;
    }

    /** One of the words (case-insensitive), returned in lower case. */
    String choice(Node n, String path, List<String> choices) {
        if (n instanceof Scalar s && s.kind() == ScalarKind.STRING) {
            String w = s.text().strip().toLowerCase(Locale.ROOT);
            if (choices.contains(w)) return w;
            d.error(n, path + ": expected " + String.join(" or ", choices) + ", got '" + s.text() + "'"
                    + Suggest.didYouMean(w, choices));
            return null;
        }
        d.error(n, path + ": expected " + String.join(" or ", choices) + ", got " + n.describe());
        return null;
    }

    ListNode list(Node n, String path, boolean nonEmpty) {
        if (!(n instanceof ListNode l)) {
            d.error(n, path + ": expected a list, got " + n.describe());
            return null;
        }
        if (nonEmpty && l.items().isEmpty()) {
            d.error(n, path + ": the list is empty; at least one entry is needed");
            return null;
        }
        return l;
    }

    MapNode map(Node n, String path) {
        if (n instanceof MapNode m) return m;
        d.error(n, path + ": expected a mapping, got " + n.describe());
        return null;
    }

    static String text(Node n) {
        return n instanceof Scalar s ? s.text() : n.describe();
    }

    static String fmt(double v) {
        // whole numbers without ".0", up to where a long holds them exactly
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

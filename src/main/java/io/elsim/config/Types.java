package io.elsim.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.Units;
import java.util.List;
import java.util.Locale;

/**
 * The scalar types of config values: text, counts, numbers, probabilities, durations, words.
 * The composite ones (sections, lists, maps, a word or a mapping) are in {@link Composites};
 * distributions in {@link DistributionKinds}.
 */
final class Types {
    private Types() { }

    static Type<String> text() {
        return new Type<>() {
            String read(Values v, Node n, String path) { return v.string(n, path); }
            public String form() { return "text"; }
            public String expected() { return "a text"; }
            ObjectNode schema() { return F.objectNode().put("type", "string"); }
        };
    }

    /** A name: text that obeys {@link Names} (no control characters, no leading = + - @). */
    static Type<String> name() {
        return new Type<>() {
            String read(Values v, Node n, String path) { return v.name(n, path); }
            public String form() { return "name"; }
            public String expected() { return "a text"; }
            ObjectNode schema() { return F.objectNode().put("type", "string"); }
            public OutOfRange outOfRange() { return new OutOfRange("\"=1+2\"", "may not start with =, +, - or @"); }
        };
    }

    /** Any whole number a long holds (a seed). */
    static Type<Long> wholeNumber() {
        return new Type<>() {
            Long read(Values v, Node n, String path) { return v.integer(n, path, Long.MIN_VALUE, expected()); }
            public String form() { return "integer"; }
            public String expected() { return "a whole number"; }
            ObjectNode schema() { return F.objectNode().put("type", "integer"); }
            public String wrongType() { return "lots"; }
        };
    }

    static Type<Integer> integer(int min) {
        return integer(min, Integer.MAX_VALUE - 1, null);
    }

    /** A whole number in [min, max]; {@code why} explains the maximum in its message (null: no maximum). */
    static Type<Integer> integer(int min, int max, String why) {
        return new Type<>() {
            Integer read(Values v, Node n, String path) {
                return why == null ? v.intValue(n, path, min, expected()) : v.intValue(n, path, min, max, why, expected());
            }
            public String form() { return why == null ? "integer ≥ " + min : "integer " + min + "–" + max; }
            public String expected() {
                return "a whole number " + (why == null ? ">= " + min : "from " + min + " to " + max);
            }
            ObjectNode schema() {
                ObjectNode s = F.objectNode().put("type", "integer").put("minimum", min);
                return why == null ? s : s.put("maximum", max);
            }
            public String wrongType() { return "lots"; }
            public OutOfRange outOfRange() { return new OutOfRange(Long.toString(min - 1L), ">= " + min); }
        };
    }

    static Type<Double> number(double min, boolean minIncluded) {
        return number(min, minIncluded, Double.NaN, null);
    }

    /** A finite number above min (included or not), at most max when {@code why} (its reason) is given. */
    static Type<Double> number(double min, boolean minIncluded, double max, String why) {
        String low = (minIncluded ? ">= " : "> ") + Values.fmt(min);
        return new Type<>() {
            Double read(Values v, Node n, String path) {
                return why == null ? v.number(n, path, min, minIncluded, expected())
                        : v.number(n, path, min, minIncluded, max, why, expected());
            }
            public String form() {
                return why == null ? "number " + low.replace(">=", "≥")
                        : "number " + Values.fmt(min) + "–" + Values.fmt(max) + (minIncluded ? "" : ", > " + Values.fmt(min));
            }
            public String expected() {
                return "a number " + (why == null ? low : low + " and <= " + Values.fmt(max));
            }
            ObjectNode schema() {
                ObjectNode s = F.objectNode().put("type", "number").put(minIncluded ? "minimum" : "exclusiveMinimum", min);
                return why == null ? s : s.put("maximum", max);
            }
            public String wrongType() { return "lots"; }
            public OutOfRange outOfRange() { return new OutOfRange(Values.fmt(min - 1), low); }
        };
    }

    /** Degrees of latitude (limit 90) or longitude (limit 180). */
    static Type<Double> coordinate(double limit) {
        String range = "-" + Values.fmt(limit) + " to " + Values.fmt(limit) + " degrees";
        return new Type<>() {
            Double read(Values v, Node n, String path) {
                Double x = v.number(n, path, expected());
                if (x == null) return null;
                if (x < -limit || x > limit) {
                    v.d.error(n, path + ": coordinate out of range, expected " + range + ", got " + Values.text(n));
                    return null;
                }
                return x;
            }
            public String form() { return "number " + Values.fmt(-limit) + "–" + Values.fmt(limit); }
            public String expected() { return "a number of degrees from " + Values.fmt(-limit) + " to " + Values.fmt(limit); }
            ObjectNode schema() {
                return F.objectNode().put("type", "number").put("minimum", -limit).put("maximum", limit);
            }
            public String wrongType() { return "north"; }
            public OutOfRange outOfRange() { return new OutOfRange(Values.fmt(limit + 1), range); }
        };
    }

    static Type<Double> probability() {
        return new Type<>() {
            Double read(Values v, Node n, String path) { return v.probability(n, path); }
            public String form() { return "probability 0–1"; }
            public String expected() { return Values.PROBABILITY; }
            ObjectNode schema() { return F.objectNode().put("type", "number").put("minimum", 0).put("maximum", 1); }
            public String wrongType() { return "often"; }
            public OutOfRange outOfRange() { return new OutOfRange("1.5", Values.PROBABILITY); }
        };
    }

    /** What every message about a value that is not a duration says is expected. */
    static final String DURATION = "a duration like 45s, 1.5min, 8h, 2d";

    /** Seconds, at least 0 (or more than 0 when {@code positive}), at most 100 years. */
    static Type<Double> duration(boolean positive) {
        return new Type<>() {
            Double read(Values v, Node n, String path) {
                return positive ? v.positiveDuration(n, path) : v.duration(n, path);
            }
            public String form() { return positive ? "duration > 0" : "duration"; }
            public String expected() { return DURATION; }
            ObjectNode schema() { return ref("duration"); }
            public OutOfRange outOfRange() {
                return positive ? new OutOfRange("0", "must be greater than 0")
                        : new OutOfRange("-1s", "cannot be negative");
            }
        };
    }

    /** A horizon or warm-up: a duration that carries its unit unless it is 0 ({@link Units#missingUnit}). */
    static Type<Double> runLength(boolean positive) {
        return new Type<>() {
            Double read(Values v, Node n, String path) { return v.runLength(n, path, positive); }
            public String form() { return (positive ? "duration > 0" : "duration") + " with a unit"; }
            public String expected() { return DURATION; }
            ObjectNode schema() { return ref("duration"); }
            public OutOfRange outOfRange() {
                return positive ? new OutOfRange("0", "must be greater than 0")
                        : new OutOfRange("-1s", "cannot be negative");
            }
        };
    }

    /** One of a few words, case-insensitive; the reader gets it in lower case. */
    static Type<String> choice(String... words) {
        List<String> choices = List.of(words);
        return new Type<>() {
            String read(Values v, Node n, String path) { return v.choice(n, path, choices); }
            public String form() { return String.join(" / ", choices.stream().map(w -> "`" + w + "`").toList()); }
            public String expected() { return String.join(" or ", choices); }
            ObjectNode schema() {
                ObjectNode s = F.objectNode();
                ArrayNode e = s.putArray("enum");
                choices.forEach(e::add);
                return s;
            }
            public OutOfRange outOfRange() { return new OutOfRange("nonsense", expected()); }
        };
    }

    /** A count or the word {@code unlimited}, read as {@code unlimited} (a sentinel of the model). */
    static Type<Integer> countOrUnlimited(int min, int unlimited) {
        String expected = "a whole number >= " + min + " or unlimited";
        return new Type<>() {
            Integer read(Values v, Node n, String path) {
                if (n instanceof Scalar s && s.kind() == Node.ScalarKind.STRING) {
                    String w = s.text().strip().toLowerCase(Locale.ROOT);
                    if (w.equals("unlimited")) return unlimited;
                    if (!w.matches("[-+0-9.e_]+")) {
                        v.d.error(n, path + ": expected " + expected + ", got '" + s.text() + "'"
                                + Suggest.didYouMean(w, List.of("unlimited")));
                        return null;
                    }
                }
                return v.intValue(n, path, min, expected);
            }
            public String form() { return "integer ≥ " + min + " or `unlimited`"; }
            public String expected() { return expected; }
            ObjectNode schema() {
                ObjectNode p = F.objectNode();
                ArrayNode oneOf = p.putArray("oneOf");
                oneOf.addObject().putArray("enum").add("unlimited");
                oneOf.addObject().put("type", "integer").put("minimum", min);
                return p;
            }
            public String wrongType() { return "lots"; }
            public OutOfRange outOfRange() { return new OutOfRange(Integer.toString(min - 1), ">= " + min); }
        };
    }

    static ObjectNode ref(String def) {
        return Type.F.objectNode().put("$ref", "#/$defs/" + def);
    }

    /** A duration: a bare number of seconds or a number with a unit. */
    static final String DURATION_PATTERN = "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*("
            + String.join("|", new java.util.TreeSet<>(Units.DURATION_UNITS.keySet()).stream()
                    .filter(u -> !u.isEmpty()).toList()) + ")?\\s*$";
}

package io.elsim.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elsim.config.Node.Scalar;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values written as text of a fixed shape: a time of day, a set of week days, a comparison. */
final class TextTypes {
    private TextTypes() { }

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    /**
     * Minutes since midnight from "HH:MM". The raw text is used, because YAML 1.1 would read
     * an unquoted 13:30 as the base-60 number 810.
     */
    static Type<Integer> timeOfDay() {
        return new Type<>() {
            Integer read(Values v, Node n, String path) {
                if (n instanceof Scalar s && !s.isNull()) {
                    Matcher m = TIME.matcher(s.text().strip());
                    if (m.matches()) {
                        int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
                        if (h < 24 && min < 60 || h == 24 && min == 0) return (h * 60 + min) % (24 * 60);
                    }
                }
                v.d.error(n, path + ": expected " + expected() + ", got " + n.describe());
                return null;
            }
            public String form() { return "`\"HH:MM\"`"; }
            public String expected() { return "a time of day HH:MM like \"05:30\""; }
            ObjectNode schema() { return F.objectNode().put("type", "string").put("pattern", "^\\d{1,2}:\\d{2}$"); }
            public OutOfRange outOfRange() { return new OutOfRange("\"25:00\"", "HH:MM"); }
        };
    }

    /** "Mon-Fri", "Sat", "Mon,Wed,Fri", full names, any case; a range may wrap (Sat-Mon). */
    static Type<Set<DayOfWeek>> days() {
        return new Type<>() {
            Set<DayOfWeek> read(Values v, Node n, String path) {
                if (!(n instanceof Scalar s) || s.isNull()) {
                    v.d.error(n, path + ": expected " + expected() + ", got " + n.describe());
                    return null;
                }
                String text = s.text();
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String part : text.split(",")) {
                    String[] ends = part.split("-", -1);
                    DayOfWeek first = day(ends[0]);
                    DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
                    if (ends.length > 2 || first == null || last == null) {
                        v.d.error(n, path + ": expected " + expected() + ", got '" + text + "'");
                        return null;
                    }
                    for (DayOfWeek d = first; ; d = d.plus(1)) {
                        days.add(d);
                        if (d == last) break;
                    }
                }
                return days;
            }
            public String form() { return "days"; }
            public String expected() { return "days like Mon-Fri, Sat or Mon,Wed,Fri"; }
            ObjectNode schema() { return F.objectNode().put("type", "string"); }
            public OutOfRange outOfRange() { return new OutOfRange("Mon-Fry", "Mon-Fri"); }
        };
    }

    private static DayOfWeek day(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) return null;
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3))) return d;
        }
        return null;
    }

    static final Pattern COMPARISON = Pattern.compile("\\s*(>=|<=|>|<)\\s*(\\S.*?)\\s*");

    /** A comparison like ">= 400000" or "<= 10h": the matcher of its operator and value. */
    static Type<Matcher> comparison() {
        return new Type<>() {
            Matcher read(Values v, Node n, String path) {
                String text = n instanceof Scalar s && !s.isNull() ? s.text() : null;
                Matcher m = text == null ? null : COMPARISON.matcher(text);
                if (m == null || !m.matches()) {
                    v.d.error(n, path + ": expected " + expected() + ", got " + n.describe());
                    return null;
                }
                return m;
            }
            public String form() { return "comparison"; }
            public String expected() { return "a comparison like \">= 400000\" or \"<= 10h\" (>=, <=, > or <)"; }
            ObjectNode schema() {
                return F.objectNode().put("type", "string").put("pattern", "^\\s*(>=|<=|>|<)\\s*\\S+");
            }
            public String wrongType() { return "400000"; }
        };
    }
}

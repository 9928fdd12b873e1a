package io.elsim.report;

import io.elsim.model.Units;

/** A value the user typed (a sweep's --vary value) read as the number it stands for, where it is one. */
public final class TypedValue {
    private TypedValue() { }

    /**
     * The value as JSON writes it and a numeric chart axis plots it, like the rest of a report:
     * a whole number as an integer, another number as a double, a duration with a unit in
     * seconds, true/false as a boolean; anything else ({@code unlimited}, a distribution) stays
     * the text typed.
     */
    public static Object of(String text) {
        String t = text.strip().replace("_", "");
        if (t.matches("[-+]?\\d{1,18}")) return Long.parseLong(t);
        if (t.equals("true") || t.equals("false")) return Boolean.parseBoolean(t);
        try {
            double seconds = Units.parseDuration(t);
            if (Double.isFinite(seconds)) return seconds;
        } catch (IllegalArgumentException notADuration) {
            // not a number either: the text is the value
        }
        return text;
    }

    /** Whether the text has a time unit: a duration rather than a plain number. */
    public static boolean isDuration(String text) {
        return of(text) instanceof Double && !text.strip().replace("_", "").matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }
}

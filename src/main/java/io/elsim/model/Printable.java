package io.elsim.model;

import java.util.Locale;

/**
 * Text as a terminal or a chart may show it: every character that would act instead of
 * being shown is written as an escape, so a name or a path from a config cannot clear the
 * screen, recolour the output, retitle the window, or reorder what is displayed.
 * <ul>
 *   <li>C0 controls, DEL and C1 controls become {@code \x1b}, {@code \x7f}, {@code \x9b}
 *       (as Python's {@code repr} writes them);</li>
 *   <li>the Unicode line and paragraph separators (U+2028, U+2029) and the bidirectional
 *       embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069: the
 *       "Trojan source" characters) become a backslash, {@code u} and four hex digits ({@code u202e} for U+202E).</li>
 * </ul>
 * A backslash is not doubled: this is a display form, not a reversible encoding (CSV and
 * JSON carry the exact text).
 */
public final class Printable {
    private Printable() { }

    /** The text with every control character escaped, line feeds included (one table cell, one label). */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape(String)}, but line feeds stay: a message of several lines. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    /** Whether the code point acts on a terminal or on the order of displayed text instead of being shown. */
    public static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Whether the code point ends a line: LF, VT, FF, CR, NEL, U+2028, U+2029. */
    public static boolean isLineBreak(int cp) {
        return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** {@code \x1b} for the C0, DEL and C1 ranges, backslash-u and four hex digits above: the form messages use. */
    public static String escapeOf(int cp) {
        return cp <= 0xFF ? String.format(Locale.ROOT, "\\x%02x", cp) : String.format(Locale.ROOT, "\\u%04x", cp);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) return null;
        int first = firstToEscape(text, keepLines);
        if (first < 0) return text;
        StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(keepLines && c == '\n')) sb.append(escapeOf(c));
            else sb.append(c);
        }
        return sb.toString();
    }

    private static int firstToEscape(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(keepLines && c == '\n')) return i;
        }
        return -1;
    }
}

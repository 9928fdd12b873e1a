package io.elsim.report;

import java.util.List;

/**
 * A station's state fractions as a bar of characters, one segment per state in the order of
 * the stations table (working, blocked, starved, starved for parts, down, setup, off shift).
 * Segment lengths come from largest-remainder rounding, so they always add up to the bar
 * width exactly and each is within one character of {@code fraction × width}.
 *
 * @param unicode block characters (█ ▓ ░ …) rather than ASCII ones (# = . …)
 * @param colour  ANSI colours on each segment (only for a colour terminal)
 * @param width   characters per bar
 */
public record StateBar(boolean unicode, boolean colour, int width) {
    /** The stations-table columns a bar is drawn from, in bar order. */
    public static final List<String> COLUMNS = List.of("working_frac", "blocked_frac", "starved_frac",
            "starved_parts_frac", "down_frac", "setup_frac", "off_shift_frac");
    public static final List<String> LABELS = List.of("working", "blocked", "starved", "starved of parts",
            "down", "setup", "off shift");
    static final String[] UNICODE = {"█", "▓", "░", "▒", "▚", "▞", "·"};
    static final String[] ASCII = {"#", "=", ".", ":", "X", "+", "_"};
    /** green, yellow, blue, cyan, red, magenta, grey. */
    static final String[] ANSI = {"\u001b[32m", "\u001b[33m", "\u001b[34m", "\u001b[36m", "\u001b[31m",
            "\u001b[35m", "\u001b[90m"};
    static final String RESET = "\u001b[0m";
    public static final int DEFAULT_WIDTH = 20;

    public StateBar {
        if (width < 1) throw new IllegalArgumentException("bar width must be at least 1, not " + width);
    }

    public static StateBar plain(boolean unicode) {
        return new StateBar(unicode, false, DEFAULT_WIDTH);
    }

    /**
     * Characters per segment for {@code fractions} (NaN counts as 0; they are scaled to sum 1).
     * Each segment gets floor(f·width); the characters left go one each to the largest
     * remainders, ties to the earlier state. All zero (or no time at all) gives all zeros.
     */
    public static int[] segments(double[] fractions, int width) {
        int n = fractions.length;
        double total = 0;
        for (double f : fractions) total += clean(f);
        int[] out = new int[n];
        if (!(total > 0)) return out;
        double[] rem = new double[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            double exact = clean(fractions[i]) / total * width;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            used += out[i];
        }
        for (int left = width - used; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (best < 0 || rem[i] > rem[best]) best = i;
            }
            out[best]++;
            rem[best] = -1;
        }
        return out;
    }

    private static double clean(double f) {
        return Double.isFinite(f) && f > 0 ? f : 0;
    }

    /** The bar for one station's seven fractions; blanks when it has no time at all. */
    public String bar(double[] fractions) {
        int[] seg = segments(fractions, width);
        StringBuilder sb = new StringBuilder();
        int drawn = 0;
        for (int i = 0; i < seg.length; i++) {
            if (seg[i] == 0) continue;
            if (colour) sb.append(ANSI[i]);
            sb.append(glyph(i).repeat(seg[i]));
            if (colour) sb.append(RESET);
            drawn += seg[i];
        }
        return sb.append(" ".repeat(width - drawn)).toString();
    }

    /** e.g. "state: █ working  ▓ blocked  ░ starved …". */
    public String legend() {
        StringBuilder sb = new StringBuilder("state:");
        for (int i = 0; i < LABELS.size(); i++) {
            sb.append(i == 0 ? " " : "  ");
            if (colour) sb.append(ANSI[i]);
            sb.append(glyph(i));
            if (colour) sb.append(RESET);
            sb.append(' ').append(LABELS.get(i));
        }
        return sb.toString();
    }

    private String glyph(int state) {
        return unicode ? UNICODE[state] : ASCII[state];
    }

    /** The energy-table column an idle bar is drawn from. */
    public static final String IDLE_SHARE = "idle_kwh_share";

    /**
     * A bar filled to {@code share} of its width (rounded to the nearest character; NaN or
     * less than 0 is empty, more than 1 full), in the colour and glyph of "blocked": the
     * energy a station spends without building.
     */
    public String shareBar(double share) {
        double f = Double.isFinite(share) ? Math.max(0, Math.min(1, share)) : 0;
        int filled = (int) Math.round(f * width);
        StringBuilder sb = new StringBuilder();
        if (filled > 0) {
            if (colour) sb.append(ANSI[1]);
            sb.append(glyph(1).repeat(filled));
            if (colour) sb.append(RESET);
        }
        return sb.append(" ".repeat(width - filled)).toString();
    }

    /** e.g. "idle: ▓ share of the energy spent idle, down or off shift". */
    public String idleLegend() {
        return "idle: " + (colour ? ANSI[1] : "") + glyph(1) + (colour ? RESET : "")
                + " share of the energy spent idle, down or off shift";
    }

    /** Whether {@code table} is the energy table, whose rows get an idle-share bar. */
    public static boolean appliesIdleShare(Table table) {
        return table.name().equals("energy") && table.columns().contains(IDLE_SHARE);
    }

    /** Whether {@code table} has the state columns a bar is drawn from. */
    public static boolean applies(Table table) {
        return table.name().equals("stations") && table.columns().containsAll(COLUMNS);
    }

    /** The seven fractions of row {@code row}. */
    public static double[] fractions(Table table, int row) {
        double[] f = new double[COLUMNS.size()];
        for (int i = 0; i < f.length; i++) f[i] = table.getDouble(row, COLUMNS.get(i));
        return f;
    }
}

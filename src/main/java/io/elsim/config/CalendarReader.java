package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.model.CalendarSpec;
import io.elsim.model.ShiftSpec;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code calendar: {weeks_per_year, shifts: [{days, from, to, takt}]}}. */
final class CalendarReader {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private final Values v;

    CalendarReader(Values v) {
        this.v = v;
    }

    CalendarSpec read(Node n) {
        MapNode map = v.section(n, "calendar", "calendar", Keys.CALENDAR);
        if (map == null) return null;
        Double weeks = v.number(v.get(map, Keys.CALENDAR.field("weeks_per_year")), "calendar.weeks_per_year", 0, false);
        if (weeks != null && weeks > 53) {
            v.d.error(map.get("weeks_per_year"), "calendar.weeks_per_year: a year has at most 53 weeks, got "
                    + Values.text(map.get("weeks_per_year")));
            weeks = null;
        }
        List<ShiftSpec> shifts = new ArrayList<>();
        boolean ok = weeks != null;
        if (map.get("shifts") != null) {
            ListNode list = v.list(map.get("shifts"), "calendar.shifts", true);
            ok &= list != null;
            if (list != null) {
                for (int i = 0; i < list.items().size(); i++) {
                    ShiftSpec s = shift(list.items().get(i), "calendar.shifts[" + i + "]");
                    ok &= s != null;
                    shifts.add(s);
                }
            }
        }
        return ok ? new CalendarSpec(weeks, shifts) : null;
    }

    private ShiftSpec shift(Node n, String path) {
        MapNode map = v.section(n, path, "shift " + path, Keys.SHIFT);
        if (map == null) return null;
        Set<DayOfWeek> days = map.get("days") == null ? null : days(map.get("days"), path + ".days");
        Integer from = map.get("from") == null ? null : minute(map.get("from"), path + ".from");
        Integer to = map.get("to") == null ? null : minute(map.get("to"), path + ".to");
        Double takt = null;
        boolean ok = days != null && from != null && to != null;
        if (map.get("takt") != null) {
            takt = v.positiveDuration(map.get("takt"), path + ".takt");
            ok &= takt != null;
        }
        return ok ? new ShiftSpec(days, from, to, takt) : null;
    }

    /** "Mon-Fri", "Sat", "Mon,Wed,Fri", full names, any case; a range may wrap (Sat-Mon). */
    Set<DayOfWeek> days(Node n, String path) {
        String text = v.string(n, path);
        if (text == null) return null;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] ends = part.split("-", -1);
            DayOfWeek first = day(ends[0]);
            DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
            if (ends.length > 2 || first == null || last == null) {
                v.d.error(n, path + ": expected days like Mon-Fri, Sat or Mon,Wed,Fri, got '" + text + "'");
                return null;
            }
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) break;
            }
        }
        return days;
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

    /**
     * Minutes since midnight. The raw text is used, because YAML 1.1 would read an unquoted
     * 13:30 as the base-60 number 810.
     */
    private Integer minute(Node n, String path) {
        if (n instanceof Node.Scalar s && !s.isNull()) {
            Matcher m = TIME.matcher(s.text().strip());
            if (m.matches()) {
                int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
                if (h < 24 && min < 60 || h == 24 && min == 0) return (h * 60 + min) % (24 * 60);
            }
        }
        v.d.error(n, path + ": expected a time of day HH:MM like \"05:30\", got " + n.describe());
        return null;
    }
}

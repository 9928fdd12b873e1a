package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.model.CalendarSpec;
import io.elsim.model.ShiftSpec;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code calendar: {weeks_per_year, shifts: [{days, from, to, takt}]}}. */
final class CalendarReader {
    private final Values v;

    CalendarReader(Values v) {
        this.v = v;
    }

    CalendarSpec read(Node n) {
        return read(n, "calendar");
    }

    /** The calendar at {@code path} ("calendar", or a feeder's "feeders[0].calendar"). */
    CalendarSpec read(Node n, String path) {
        MapNode map = v.section(n, path, path, Keys.Calendar.SECTION);
        if (map == null) return null;
        Double weeks = Keys.Calendar.WEEKS_PER_YEAR.read(v, map, path);
        List<ShiftSpec> shifts = new ArrayList<>();
        boolean ok = weeks != null;
        if (Keys.Calendar.SHIFTS.given(map)) {
            ListNode list = Keys.Calendar.SHIFTS.read(v, map, path);
            ok &= list != null;
            if (list != null) {
                for (int i = 0; i < list.items().size(); i++) {
                    ShiftSpec s = shift(list.items().get(i), path + ".shifts[" + i + "]");
                    ok &= s != null;
                    shifts.add(s);
                }
            }
        }
        return ok ? new CalendarSpec(weeks, shifts) : null;
    }

    private ShiftSpec shift(Node n, String path) {
        MapNode map = v.section(n, path, "shift " + path, Keys.Shift.SECTION);
        if (map == null) return null;
        Set<DayOfWeek> days = Keys.Shift.DAYS.read(v, map, path);
        Integer from = Keys.Shift.FROM.read(v, map, path);
        Integer to = Keys.Shift.TO.read(v, map, path);
        Double takt = null;
        boolean ok = days != null && from != null && to != null;
        if (Keys.Shift.TAKT.given(map)) {
            takt = Keys.Shift.TAKT.read(v, map, path);
            ok &= takt != null;
        }
        return ok ? new ShiftSpec(days, from, to, takt) : null;
    }
}

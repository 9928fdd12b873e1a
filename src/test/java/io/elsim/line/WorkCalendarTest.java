package io.elsim.line;

import io.elsim.model.CalendarSpec;
import io.elsim.model.ShiftSpec;
import io.elsim.model.Units;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The weekly calendar worked by hand. A night shift on Sunday 22:00–06:00 at takt 120 s crosses
 * the end of the week into Monday; a day shift Monday 06:00–14:00 keeps the line's release. Time
 * 0 is Monday 00:00, so the week's working minutes are [0, 360) at takt 120, [360, 840) without,
 * and [9960, 10080) at takt 120: 960 minutes, 16 hours.
 */
class WorkCalendarTest {
    private static final double H = 3600;

    private static WorkCalendar nightAndDay() {
        return new WorkCalendar(new CalendarSpec(52, List.of(
                new ShiftSpec(EnumSet.of(DayOfWeek.SUNDAY), 22 * 60, 6 * 60, 120.0),
                new ShiftSpec(EnumSet.of(DayOfWeek.MONDAY), 6 * 60, 14 * 60, null))));
    }

    @Test
    void a_night_shift_crossing_the_end_of_the_week_works_into_monday_morning() {
        WorkCalendar cal = nightAndDay();
        assertThat(cal.isOn(0)).isTrue();
        assertThat(cal.taktAt(0)).isEqualTo(120);
        assertThat(cal.isOn(5 * H + 3599)).isTrue();
        assertThat(cal.taktAt(6 * H)).isNaN();
        assertThat(cal.isOn(6 * H)).isTrue();
        assertThat(cal.isOn(14 * H)).isFalse();
        assertThat(cal.isOn(Units.WEEK - 1)).isTrue();
        assertThat(cal.isOn(Units.WEEK + 14 * H - 1)).as("the next week repeats").isTrue();
        assertThat(cal.isOn(6 * 24 * H + 21 * H)).as("Sunday 21:00").isFalse();
        assertThat(cal.alwaysOn()).isFalse();
        assertThat(cal.weeklyOnHours()).isEqualTo(16);
    }

    @Test
    void the_next_change_is_strictly_later_and_wraps_into_the_next_week() {
        WorkCalendar cal = nightAndDay();
        // changes at minutes 360 (takt ends), 840 (off) and 9960 (on at takt 120); none at 0
        assertThat(cal.nextChange(0)).isEqualTo(6 * H);
        assertThat(cal.nextChange(6 * H)).isEqualTo(14 * H);
        assertThat(cal.nextChange(14 * H)).isEqualTo(9960 * 60.0);
        assertThat(cal.nextChange(9960 * 60.0)).isEqualTo(Units.WEEK + 6 * H);
        assertThat(cal.nextChange(3 * Units.WEEK + 7 * H)).isEqualTo(3 * Units.WEEK + 14 * H);
    }

    @Test
    void working_seconds_count_whole_and_partial_minutes_across_weeks() {
        WorkCalendar cal = nightAndDay();
        assertThat(cal.onSeconds(0, Units.WEEK)).isEqualTo(16 * H);
        assertThat(cal.onSeconds(0, 2 * Units.WEEK)).isEqualTo(32 * H);
        assertThat(cal.onSeconds(Units.WEEK - 60, Units.WEEK + 60)).as("Sunday 23:59 to Monday 00:01").isEqualTo(120);
        // 13:59:30 to 14:00:30: the last 30 s of the day shift
        assertThat(cal.onSeconds(14 * H - 30, 14 * H + 30)).isCloseTo(30, within(1e-9));
        // from Monday 12:00:20 to Sunday 22:00:40: 1 h 59 min 40 s of the day shift, 40 s of the night
        assertThat(cal.onSeconds(12 * H + 20, 9960 * 60.0 + 40)).isCloseTo(2 * H - 20 + 40, within(1e-9));
        assertThat(cal.onSeconds(5, 5)).isZero();
        assertThat(cal.onSeconds(10, 5)).isZero();
    }

    @Test
    void without_shifts_the_plant_works_all_week_and_never_changes() {
        WorkCalendar cal = new WorkCalendar(null);
        assertThat(cal.alwaysOn()).isTrue();
        assertThat(cal.nextChange(123)).isInfinite();
        assertThat(cal.weeklyOnHours()).isEqualTo(168);
        assertThat(cal.onSeconds(10, 2 * Units.WEEK + 10)).isEqualTo(2 * Units.WEEK);
        assertThat(cal.taktAt(0)).isNaN();
    }

    @Test
    void where_shifts_overlap_they_merge_and_the_later_takt_wins() {
        WorkCalendar cal = new WorkCalendar(new CalendarSpec(52, List.of(
                new ShiftSpec(EnumSet.of(DayOfWeek.TUESDAY), 8 * 60, 12 * 60, 60.0),
                new ShiftSpec(EnumSet.of(DayOfWeek.TUESDAY), 10 * 60, 16 * 60, 90.0))));
        double tuesday = 24 * H;
        assertThat(cal.taktAt(tuesday + 9 * H)).isEqualTo(60);
        assertThat(cal.taktAt(tuesday + 11 * H)).isEqualTo(90);
        assertThat(cal.weeklyOnHours()).isEqualTo(8);
        assertThat(cal.nextChange(tuesday + 8 * H)).isEqualTo(tuesday + 10 * H);
        assertThat(cal.nextChange(tuesday + 10 * H)).isEqualTo(tuesday + 16 * H);
    }

    @Test
    void the_minute_of_the_week_repeats_every_week() {
        assertThat(WorkCalendar.minuteOfWeek(0)).isZero();
        assertThat(WorkCalendar.minuteOfWeek(59.9)).isZero();
        assertThat(WorkCalendar.minuteOfWeek(Units.WEEK + 61)).isEqualTo(1);
        assertThat(WorkCalendar.minuteOfWeek(Units.WEEK - 1)).isEqualTo(WorkCalendar.MINUTES_PER_WEEK - 1);
    }
}

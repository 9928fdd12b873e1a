package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code labour_hours_per_vehicle} = (operators of all stations) × on-shift hours / vehicles
 * completed: people are paid for the shifts worked, not for the nights and weekends the line
 * stands still.
 */
class LabourHoursTest {
    static final double EPS = 1e-9;

    /**
     * Mon–Fri 05:30–13:30 and 13:30–21:30 at takt 60 s, 21:30–05:30 at 120 s; stations a (50 s,
     * 3 operators) and b (40 s, 2 operators); one week. By hand: the line works Mon 05:30 to Sat
     * 05:30 without a break, 120 h. Each working day releases 16 h × 60 + 8 h × 30 = 1200
     * vehicles, each done 90 s after release within its shift: 6000 a week. Labour per vehicle =
     * 5 × 120 h / 6000 = 0.1 h (6 min). Counting the 168 calendar hours would give 0.14 h.
     */
    static final String SHIFTS = """
            name: two day shifts and a half-rate night
            horizon: 1w
            release: {takt: 60s}
            calendar:
              shifts:
                - {days: Mon-Fri, from: "05:30", to: "13:30"}
                - {days: Mon-Fri, from: "13:30", to: "21:30"}
                - {days: Mon-Fri, from: "21:30", to: "05:30", takt: 120s}
            stations:
              - {name: a, cycle: 50s, operators: 3}
              - {name: b, cycle: 40s, operators: 2}
            """;

    @Test
    void operators_times_on_shift_hours_over_vehicles() {
        Map<String, Double> m = ConfigRuns.run(SHIFTS);
        assertThat(field(m, "vehicles_completed")).isEqualTo(6000.0);
        assertThat(field(m, "jph_on_shift")).isCloseTo(6000.0 / 120, within(EPS));
        assertThat(field(m, "labour_hours_per_vehicle")).isCloseTo(5 * 120.0 / 6000, within(EPS));
        assertThat(field(m, "stations:a:operators")).isEqualTo(3.0);
        assertThat(field(m, "stations:b:operators")).isEqualTo(2.0);
    }

    /** Without a calendar the line is on shift all the time: 4 operators × 1 h / 60 vehicles. */
    @Test
    void around_the_clock_every_hour_is_paid() {
        Map<String, Double> m = ConfigRuns.run("""
                name: 24/7
                horizon: 10h
                warmup: 61s
                release: {takt: 60s}
                stations:
                  - {name: a, cycle: 50s, operators: 4}
                """);
        // completions at 60k + 50 in (61 s, 36061 s]: k = 1 … 600
        assertThat(field(m, "vehicles_completed")).isEqualTo(600.0);
        assertThat(field(m, "labour_hours_per_vehicle")).isCloseTo(4 * 10.0 / 600, within(EPS));
    }
}

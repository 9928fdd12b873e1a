package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A busy-basis failure clock keeps its age across the end of a shift: the processing done before
 * the break counts towards the next failure. Deterministic times, worked out hour by hour.
 */
class ShiftPauseAgeingTest {

    /**
     * One server, always a vehicle to work on, 2 working hours a day (08:00-10:00), a failure after
     * every 3 h of processing, 30 min repairs. Mon: 2 h of processing (1 h left to the failure).
     * Tue: fails at 09:00, repaired 09:30, works until 10:00 (2.5 h left). Wed: 2 h (0.5 h left).
     * Thu: fails at 08:30, repaired at 09:00, works until 10:00. Two failures in four days; a
     * clock that forgot its age at each shift end would never reach 3 h and never fail. Down 1 h of
     * the 96 h (state fractions are of calendar time).
     */
    @Test
    void a_failure_clock_on_busy_time_keeps_its_age_across_the_night() {
        Map<String, Double> m = ConfigRuns.run("""
                name: busy clock across shifts
                horizon: 4d
                calendar:
                  shifts:
                    - {days: Mon-Sun, from: "08:00", to: "10:00"}
                stations:
                  - name: s
                    cycle: 1h
                    failures: {mtbf: {constant: 3h}, mttr: {constant: 30min}, basis: busy}
                """);
        assertThat(field(m, "stations:s:failures")).isEqualTo(2.0);
        assertThat(field(m, "stations:s:down_frac")).isCloseTo(1.0 / 96, within(1e-12));
    }
}

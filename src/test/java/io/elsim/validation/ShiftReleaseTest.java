package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The release stops with the shift and restarts with the next one, worked out by hand. */
class ShiftReleaseTest {

    /** One hour of work a day, a vehicle every 7 min into an unlimited buffer, 1 min each; the horizon is %s. */
    private static final String ONE_HOUR_A_DAY = """
            name: one hour a day
            horizon: %s
            release: {takt: 7min}
            calendar:
              shifts:
                - {days: Mon-Sun, from: "00:00", to: "01:00"}
            stations:
              - {name: s, cycle: 1min, buffer: unlimited}
            """;

    /**
     * One hour of work a day (00:00-01:00), a vehicle every 7 min into an unlimited buffer, 1 min
     * each: released at 0, 7, ..., 56 min (9), each done a minute later; nothing is released in
     * the 23 h off shift, so 9 are completed and the work in process is 9 vehicle-minutes over
     * 1380 minutes (a release running on would pile ~187 more into the buffer).
     */
    @Test
    void nothing_is_released_off_shift() {
        Map<String, Double> m = ConfigRuns.run(ONE_HOUR_A_DAY.formatted("23h"));
        assertThat(field(m, "vehicles_completed")).isEqualTo(9.0);
        assertThat(field(m, "wip_mean")).isCloseTo(9.0 / 1380, within(1e-12));
    }

    /**
     * The release pauses with the interval in progress: at 01:00 the next vehicle was due at 01:03,
     * so the second day releases at 24 h + 3, 10, ..., 52 min (8 done by 24 h 53) and 59 min
     * (still in work at the horizon of 24 h 59 min): 9 + 8 completed.
     */
    @Test
    void the_next_shift_releases_again() {
        Map<String, Double> m = ConfigRuns.run(ONE_HOUR_A_DAY.formatted("1499min"));
        assertThat(field(m, "vehicles_completed")).isEqualTo(17.0);
    }
}

package io.elsim.line;

import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;

/** The output-per-hour series behind the run chart, counted by hand on a deterministic line. */
class OutputPerHourTest {

    /**
     * Release every 70 s into one station of 50 s: vehicle k leaves at 70k + 50. Warm-up 450 s,
     * horizon 3 h, so the hours are [450, 4050), [4050, 7650), [7650, 11250]. Leaving times in
     * them: k = 6 … 57 (52), k = 58 … 108 (51), k = 109 … 160 (52; k = 160 leaves at 11,250 s,
     * exactly at the end, and counts in the last hour).
     */
    @Test
    void counts_each_hour_of_the_measured_period_with_the_end_in_the_last_hour() {
        Line line = new Line(LineSpec.of("hours", 1, 3 * 3600, 450, new ReleaseSpec.Takt(70),
                List.of(StationSpec.simple("s", c(50), 1, 0))), 0);
        line.run();
        Replications.checkInvariants(line);
        assertThat(line.outputBucketSeconds()).isEqualTo(3600);
        assertThat(line.outputPerBucket()).containsExactly(52, 51, 52);
        assertThat(line.sink().completed()).isEqualTo(155);
    }

    @Test
    void a_horizon_of_more_hours_than_counters_widens_each_counter_to_whole_hours() {
        assertThat(Sink.outputBucketSeconds(1)).isEqualTo(3600);
        assertThat(Sink.outputBucketSeconds(3600.0 * Sink.MAX_OUTPUT_BUCKETS)).isEqualTo(3600);
        assertThat(Sink.outputBucketSeconds(3600.0 * Sink.MAX_OUTPUT_BUCKETS + 1)).isEqualTo(7200);
        assertThat(Sink.outputBucketSeconds(3600.0 * 3 * Sink.MAX_OUTPUT_BUCKETS)).isEqualTo(3 * 3600);
    }
}

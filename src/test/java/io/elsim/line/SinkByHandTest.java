package io.elsim.line;

import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.SequenceSpec;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the plant's sink counts, worked by hand on deterministic lines: the output per hour
 * behind the run chart, the measured period's figures after the warm-up, and the vehicles
 * recycled for reuse.
 */
class SinkByHandTest {

    private static Line takt70(double warmup, double scrap) {
        StationSpec s = new StationSpec("s", c(50), java.util.Map.of(), 1, 0, 0, null, null, null, scrap);
        Line line = new Line(LineSpec.of("hours", 1, 3 * 3600, warmup, new ReleaseSpec.Takt(70), List.of(s)), 0);
        line.run();
        Replications.checkInvariants(line);
        return line;
    }

    /**
     * Release every 70 s into one station of 50 s: vehicle k leaves at 70k + 50. Warm-up 450 s,
     * horizon 3 h, so the hours are [450, 4050), [4050, 7650), [7650, 11250]. Leaving times in
     * them: k = 6 … 57 (52), k = 58 … 108 (51), k = 109 … 160 (52; k = 160 leaves at 11,250 s,
     * exactly at the end, and counts in the last hour).
     */
    @Test
    void counts_each_hour_of_the_measured_period_with_the_end_in_the_last_hour() {
        Line line = takt70(450, 0);
        assertThat(line.outputBucketSeconds()).isEqualTo(3600);
        assertThat(line.outputPerBucket()).containsExactly(52, 51, 52);
        assertThat(line.sink().completed()).isEqualTo(155);
        // the chart's series of the run: the same hours, from the warm-up, with every build time (50 s)
        RunSeries series = RunSeries.of(line);
        assertThat(series.output()).containsExactly(52, 51, 52);
        assertThat(series.startSeconds()).isEqualTo(450);
        assertThat(series.buildTimes().count()).isEqualTo(155);
        assertThat(series.buildTimes().at(50)).isCloseTo(50, within(0.05));
        // one vehicle in the plant at a time: the first, recycled, is the only one ever made
        assertThat(line.vehiclesAllocated()).isEqualTo(1);
    }

    /**
     * With warm-up 470 s, vehicle 6 leaves exactly when the measured period starts. The warm-up
     * ends first (it was scheduled first), so that vehicle counts, in the first hour:
     * [470, 4070) holds k = 6 … 57 (52), [4070, 7670) k = 58 … 108 (51), [7670, 11270] k = 109 … 160 (52).
     */
    @Test
    void a_vehicle_leaving_at_the_end_of_the_warm_up_counts_in_the_first_hour() {
        Line line = takt70(470, 0);
        assertThat(line.outputPerBucket()).containsExactly(52, 51, 52);
        assertThat(line.sink().completed()).isEqualTo(Arrays.stream(line.outputPerBucket()).sum());
    }

    @Test
    void a_scrapped_vehicle_is_recycled_too() {
        Line line = takt70(450, 0.5);
        assertThat(line.sink().scrapped()).isPositive();
        assertThat(line.vehiclesAllocated()).isEqualTo(1);
    }

    /**
     * Products A, B in turn through stations of 10, 30 and 20 s without buffers (the blocking
     * line of {@link HandCalculationTest}): vehicle 1 (A) takes 60 s, every later one 80 s and
     * leaves at 60 + 30k. Warm-up 61 s holds only vehicle 1; the measured period (61, 3061]
     * holds k = 1 … 100: 50 A (k even) and 50 B, all of 80 s. Nothing of vehicle 1 may remain.
     */
    @Test
    void the_measured_period_forgets_the_warm_up_for_the_plant_and_for_each_product() {
        List<StationSpec> st = List.of(StationSpec.simple("s1", c(10), 1, 0),
                StationSpec.simple("s2", c(30), 1, 0), StationSpec.simple("s3", c(20), 1, 0));
        LineSpec spec = new LineSpec("ab", 1, 3000, 61, null,
                List.of(new ProductSpec("A", 1), new ProductSpec("B", 1)), new SequenceSpec.Repeat(List.of("A", "B")),
                new ReleaseSpec.Unlimited(), st, List.of());
        Line line = new Line(spec, 0);
        line.run();
        Replications.checkInvariants(line);
        SinkStats sink = line.sink();
        assertThat(sink.completed()).isEqualTo(100);
        assertThat(sink.completed(0)).isEqualTo(50);
        assertThat(sink.completed(1)).isEqualTo(50);
        assertThat(sink.buildTimePercentile(0)).isCloseTo(80, within(0.08));
        assertThat(sink.buildTimePercentile(0, 0)).isCloseTo(80, within(0.08));
        assertThat(sink.buildTimePercentile(1, 0)).isCloseTo(80, within(0.08));
        assertThat(sink.buildTimeMean(0)).isCloseTo(80, within(1e-9));
        assertThat(Arrays.stream(line.outputPerBucket()).sum()).isEqualTo(100);
    }

    /** A first-free route to end: the sink always has room, so the other route gets nothing. */
    @Test
    void first_free_to_end_always_finds_room() {
        StationSpec a = StationSpec.simple("a", c(10), 1, 0).withRoutes(Routing.FIRST_FREE,
                List.of(RouteSpec.to(RouteSpec.END), RouteSpec.to("b")));
        StationSpec b = StationSpec.simple("b", c(10), 1, 0);
        Line line = new Line(LineSpec.of("out", 1, 3600, 0, new ReleaseSpec.Takt(20), List.of(a, b)), 0);
        line.run();
        Replications.checkInvariants(line);
        // released at 0, 20, …, 3600 and done 10 s later: 180 leave by 3600
        assertThat(line.sink().completed()).isEqualTo(180);
        assertThat(line.stations().get(1).processed()).isZero();
    }

    @Test
    void a_horizon_of_more_hours_than_counters_widens_each_counter_to_whole_hours() {
        assertThat(Sink.outputBucketSeconds(1)).isEqualTo(3600);
        assertThat(Sink.outputBucketSeconds(3600.0 * Sink.MAX_OUTPUT_BUCKETS)).isEqualTo(3600);
        assertThat(Sink.outputBucketSeconds(3600.0 * Sink.MAX_OUTPUT_BUCKETS + 1)).isEqualTo(7200);
        assertThat(Sink.outputBucketSeconds(3600.0 * 3 * Sink.MAX_OUTPUT_BUCKETS)).isEqualTo(3 * 3600);
    }
}

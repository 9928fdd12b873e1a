package io.elsim.line;

import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A bottleneck that moves over time, by construction (deterministic, worked out by hand).
 *
 * <p>Station a (40 s) feeds station b (60 s) through 5 places, from an unlimited source. a fails
 * on calendar time every 10 h for exactly 2 h. Normally b is always working and a is blocked:
 * b is the bottleneck. When a fails its buffer of 5 drains in 5 × 60 s plus the vehicle in work,
 * b starves, and a — down, hence active, for 2 h — is the bottleneck until it has refilled the
 * buffer and is blocked again: 6 vehicles at a net 1/40 − 1/60 per s = 720 s after its repair.
 */
class MovingBottleneckTest {

    @Test
    void bottleneck_moves_to_the_failed_station_during_its_repairs() {
        var failures = new FailureSpec(new DistributionSpec.Constant(10 * 3600),
                new DistributionSpec.Constant(2 * 3600), FailureSpec.Basis.CALENDAR);
        var a = new StationSpec("a", new DistributionSpec.Constant(40), Map.of(), 1, 0, 0, failures, null, null, 0);
        var b = StationSpec.simple("b", new DistributionSpec.Constant(60), 1, 5);
        // 10 cycles of 12 h: 10 h up, 2 h down
        LineSpec spec = LineSpec.of("moving", 1, 120 * 3600, 0, new ReleaseSpec.Unlimited(), List.of(a, b));
        Line line = new Line(spec, 0);
        line.run();
        Table stations = LineReport.tables(line).get(1);
        double aSole = stations.getDouble(0, "sole_bottleneck_share");
        double aShift = stations.getDouble(0, "shifting_bottleneck_share");
        double bSole = stations.getDouble(1, "sole_bottleneck_share");
        double bShift = stations.getDouble(1, "shifting_bottleneck_share");

        // Per 12 h cycle: b's active period ends when it starves (at most 6 × 60 s after a
        // fails) and restarts 40 s after a's repair; a's active period runs from its failure
        // to 720 s after its repair. While both are active the longer one (b: ~10 h) is the
        // bottleneck and the overlap is shifting time for both: at most 6 min + 12 min.
        // a is the sole bottleneck for the rest of its 2 h repair.
        double cycle = 12 * 3600;
        double overlapMax = (6 * 60 + 720) / cycle;
        assertThat(aSole).isBetween(2 * 3600 / cycle - overlapMax, 2 * 3600 / cycle);
        assertThat(aShift).isGreaterThan(0).isLessThanOrEqualTo(overlapMax);
        assertThat(bShift).isCloseTo(aShift, within(1e-12));
        assertThat(aSole + bSole + aShift).isCloseTo(1, within(1e-6));
        assertThat(LineReport.bottleneck(line)).isEqualTo("b");
    }
}

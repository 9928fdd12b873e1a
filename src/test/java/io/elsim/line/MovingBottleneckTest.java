package io.elsim.line;

import io.elsim.experiment.LineReport;
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

        // By hand. Start: a works from 0 and first blocks at 680 s, when the 5 places are full
        // (its 17th vehicle); b is active from 40 s. During [0, 40) only a is active (sole a
        // 40 s); over [40, 680] both are, b's period is the longer: 640 s of shifting.
        // Each failure at F: a's active period began at L, the start of its vehicle in work
        // (L = F − 20 or F − 40), or at F itself when a was blocked then; b works off its own
        // vehicle and the 5 places (and a finished vehicle, which may leave a failed server) and
        // starves 360 s after L: 360 s of shifting (b's period, ~10 h, is the longer). b
        // restarts when a's first vehicle after the repair reaches it, at R + 20, R or R + 40
        // (R = F + 2 h) as the 20 s, 0 s or no vehicle left in a: sole a = 7200 + 20 − 340,
        // 7200 + 0 − 320 or 7200 + 40 − 360 = 6880 s each time. a and b restart together, a
        // (3 vehicles per 120 s) gains one place per 120 s on b (2) and blocks again 640 s
        // later: 640 s of shifting. The 10th repair ends at the horizon (120 h): sole a
        // 7200 − 340 = 6860 s and no refill. Ties (a failure at the end of a's cycle) go to
        // the failure, scheduled first.
        // sole a = 40 + 9 × 6880 + 6860 = 68,820 s; shifting = 640 + 9 × 1000 + 360 = 10,000 s.
        double run = 120 * 3600;
        assertThat(aSole).isCloseTo(68_820 / run, within(1e-12));
        assertThat(aShift).isCloseTo(10_000 / run, within(1e-12));
        assertThat(bShift).isCloseTo(aShift, within(1e-12));
        assertThat(bSole).isCloseTo(1 - (68_820 + 10_000) / run, within(1e-12));
        assertThat(LineReport.bottleneck(line)).isEqualTo("b");
    }
}

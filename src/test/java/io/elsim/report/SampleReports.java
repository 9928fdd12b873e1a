package io.elsim.report;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.elsim.model.CalendarSpec;
import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.ShiftSpec;
import io.elsim.model.StationSpec;

/** Report fixtures shaped like the real tables. */
final class SampleReports {
    private SampleReports() { }

    static Table summary() {
        return new Table("summary", List.of("vehicles_completed", "throughput_per_hour", "working_frac",
                "annual_output", "bottleneck", "targets_met", "wip_mean"))
                .addRow(40320L, 59.99836, 0.8523, 431004.3, "paint-oven", true, null);
    }

    static Table stations() {
        return new Table("stations", List.of("name", "servers", "working_frac", "blocked_frac", "mean_cycle_s"))
                .addRow("framing", 1, 0.8523, 0.1, 55.0)
                .addRow("paint-oven", 40, 0.99999, Double.NaN, 2460.0)
                .addRow("trim-1", 2, 1e-7, 0.0, 58.123456789);
    }

    static LineSpec config() {
        var shift = new ShiftSpec(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), 330, 810, 120.0);
        var framing = new StationSpec("framing", new DistributionSpec.Constant(55), Map.of(), 1, 2, 0,
                new FailureSpec(new DistributionSpec.Exponential(36000), new DistributionSpec.Exponential(720),
                        FailureSpec.Basis.BUSY), null, null, 0);
        var oven = new StationSpec("paint-oven", new DistributionSpec.Triangular(2280, 2400, 2700),
                Map.of("Megane", new DistributionSpec.Empirical(new double[] {1, 2.5})), 40, 0, 20, null, null, null, 0);
        return new LineSpec("Douai", 2031, 4 * 604800.0, 86400, new CalendarSpec(47, List.of(shift)),
                List.of(new ProductSpec("R5", 0.7), new ProductSpec("Megane", 0.3)),
                new SequenceSpec.Random(), new ReleaseSpec.Unlimited(), List.of(framing, oven), List.of());
    }

    static Report report() {
        return new Report(List.of(summary(), stations()), config(), "0.1.0");
    }
}

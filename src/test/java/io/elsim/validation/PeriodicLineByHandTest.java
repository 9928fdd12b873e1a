package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Deterministic lines whose report is worked out by hand: the buffers table ({@code mean_content},
 * {@code max_content}, {@code full_frac}), the products table and the build-time percentiles.
 * Build-time percentiles are kept to 3 significant digits (HdrHistogram), so a percentile is
 * checked to 0.1 %; everything else is exact (1e-9).
 */
class PeriodicLineByHandTest {
    static final double EPS = 1e-9;
    /** Relative resolution of the build-time percentiles: 3 significant digits. */
    static final double PERCENTILE_PCT = 0.1;

    /**
     * One station s, A 10 s and B 50 s, 2 places in front, one vehicle every 30 s in the order
     * B, B, A, A. Per 120 s period (t = 120k): B released at 0 is worked 0–50 (build 50 s); B at
     * 30 waits 30–50, worked 50–100 (70 s); A at 60 waits 60–100, worked 100–110 (50 s); A at 90
     * waits 90–110, worked 110–120 (30 s). The server is never idle (10 + 10 + 50 + 50 = 120 s of
     * work per 120 s), so every period repeats the first.
     * Buffer content: 1 on [30, 50), 1 on [60, 90), 2 on [90, 100), 1 on [100, 110): area
     * 20 + 30 + 20 + 10 = 80 per 120 s, mean 2/3, max 2, full (2 of 2) on [90, 100): 1/12.
     * Window (1201 s, 121201 s]: 1000 whole periods shifted by 1 s, so no completion falls on
     * an edge (completions at 120k + 50, 100, 110, 120): 4000 vehicles, 2000 of each product.
     */
    static final String BBAA = """
            name: B B A A at takt 30 s
            horizon: 120000s
            warmup: 1201s
            products: {A: {share: 1}, B: {share: 1}}
            sequence: {repeat: [B, B, A, A]}
            release: {takt: 30s}
            stations:
              - {name: s, cycle: 10s, cycle_by_product: {B: 50s}, buffer: 2}
            """;

    @Test
    void buffer_content_and_full_time_by_hand() {
        Map<String, Double> m = ConfigRuns.run(BBAA);
        assertThat(field(m, "buffers:s:capacity")).isEqualTo(2.0);
        assertThat(field(m, "buffers:s:mean_content")).isCloseTo(80.0 / 120, within(EPS));
        assertThat(field(m, "buffers:s:max_content")).isEqualTo(2.0);
        assertThat(field(m, "buffers:s:full_frac")).isCloseTo(10.0 / 120, within(EPS));
        assertThat(field(m, "stations:s:working_frac")).isCloseTo(1.0, within(EPS));
        assertThat(field(m, "vehicles_completed")).isEqualTo(4000.0);
    }

    @Test
    void products_table_by_hand() {
        Map<String, Double> m = ConfigRuns.run(BBAA);
        assertThat(field(m, "products:A:completed")).isEqualTo(2000.0);
        assertThat(field(m, "products:B:completed")).isEqualTo(2000.0);
        assertThat(field(m, "products:A:share")).isCloseTo(0.5, within(EPS));
        assertThat(field(m, "products:B:share")).isCloseTo(0.5, within(EPS));
        // A: 50 s and 30 s; B: 50 s and 70 s
        assertThat(field(m, "products:A:build_time_mean_h") * 3600).isCloseTo(40, within(EPS));
        assertThat(field(m, "products:B:build_time_mean_h") * 3600).isCloseTo(60, within(EPS));
        assertThat(field(m, "products:A:build_time_p90_h") * 3600).isCloseTo(50, withinPercentage(PERCENTILE_PCT));
        assertThat(field(m, "products:B:build_time_p90_h") * 3600).isCloseTo(70, withinPercentage(PERCENTILE_PCT));
        // the whole line: 30, 50, 50, 70 s a period; Little: WIP = (1/30 s) × 50 s
        assertThat(field(m, "build_time_mean_h") * 3600).isCloseTo(50, within(EPS));
        assertThat(field(m, "build_time_max_h") * 3600).isCloseTo(70, withinPercentage(PERCENTILE_PCT));
        assertThat(field(m, "wip_mean")).isCloseTo(50.0 / 30, within(EPS));
        assertThat(field(m, "throughput_per_hour")).isCloseTo(120, within(EPS));
    }

    /**
     * Five products, worked 10, 20, 30, 40 and 50 s, released every 60 s in a pattern of 100
     * holding 40, 45, 8, 5 and 2 of them. Nothing ever waits (every cycle is under the takt), so
     * a vehicle's build time is its cycle. The cumulative shares 40, 85, 93, 98, 100 % put the
     * median at 20 s, p90 at 30 s, p95 at 40 s and p99 at 50 s (the smallest value with at
     * least p % of the vehicles at or below it; none of 50, 90, 95, 99 is a cumulative share, so
     * no rounding convention matters). Horizon 60,000 s: vehicles 0 … 999, ten whole patterns
     * (vehicle 1000 is released at the horizon). Mean = 0.40·10 + 0.45·20 + 0.08·30 + 0.05·40
     * + 0.02·50 = 18.4 s.
     */
    static String fiveProducts() {
        List<String> pattern = new ArrayList<>();
        int[] counts = {40, 45, 8, 5, 2};
        for (int p = 0; p < counts.length; p++) pattern.addAll(Collections.nCopies(counts[p], "P" + (p + 1) * 10));
        return """
                name: five products, no waiting
                horizon: 60000s
                products: {P10: {share: 1}, P20: {share: 1}, P30: {share: 1}, P40: {share: 1}, P50: {share: 1}}
                release: {takt: 60s}
                sequence: {repeat: [%s]}
                stations:
                  - {name: s, cycle: 10s, cycle_by_product: {P20: 20s, P30: 30s, P40: 40s, P50: 50s}}
                """.formatted(String.join(", ", pattern));
    }

    @Test
    void build_time_percentiles_by_hand() {
        Map<String, Double> m = ConfigRuns.run(fiveProducts());
        assertThat(field(m, "vehicles_completed")).isEqualTo(1000.0);
        assertThat(field(m, "build_time_mean_h") * 3600).isCloseTo(18.4, within(EPS));
        assertThat(field(m, "build_time_p50_h") * 3600).isCloseTo(20, withinPercentage(PERCENTILE_PCT));
        assertThat(field(m, "build_time_p90_h") * 3600).isCloseTo(30, withinPercentage(PERCENTILE_PCT));
        assertThat(field(m, "build_time_p95_h") * 3600).isCloseTo(40, withinPercentage(PERCENTILE_PCT));
        assertThat(field(m, "build_time_p99_h") * 3600).isCloseTo(50, withinPercentage(PERCENTILE_PCT));
        assertThat(field(m, "build_time_max_h") * 3600).isCloseTo(50, withinPercentage(PERCENTILE_PCT));
        // the products table: shares of the pattern, each product's build time is its cycle
        int[] counts = {40, 45, 8, 5, 2};
        for (int p = 0; p < counts.length; p++) {
            String name = "products:P" + (p + 1) * 10 + ":";
            assertThat(field(m, name + "completed")).as(name).isEqualTo(counts[p] * 10.0);
            assertThat(field(m, name + "share")).as(name).isCloseTo(counts[p] / 100.0, within(EPS));
            assertThat(field(m, name + "build_time_mean_h") * 3600).as(name).isCloseTo((p + 1) * 10, within(EPS));
            assertThat(field(m, name + "build_time_p90_h") * 3600).as(name)
                    .isCloseTo((p + 1) * 10, withinPercentage(PERCENTILE_PCT));
        }
    }
}

package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Vehicles waiting for a place move on in the order they started waiting (first in, first
 * out), checked on deterministic lines worked by hand: an unlimited source feeds station a
 * (2 servers, 10 s), which feeds b (1 server, 30 s). b is the bottleneck, so both servers of a
 * finish and wait, blocked, for b; whenever b takes a vehicle the one that has waited longest
 * must go. Served last-in-first-out, one vehicle would wait for ever and the others pass it.
 */
class ServiceOrderTest {
    static final double EPS = 1e-9;

    static String line(int bufferOfB) {
        return """
                name: two servers blocked on one
                horizon: 30000s
                warmup: 1001s
                release: unlimited
                stations:
                  - {name: a, cycle: 10s, servers: 2}
                  - {name: b, cycle: 30s, buffer: %d}
                """.formatted(bufferOfB);
    }

    /**
     * No place in front of b. By hand: v1 and v2 start on a at 0 and finish at 10; v1 goes to b
     * (done 40), v2 waits; a's freed server takes v3 (10–20), which waits behind v2. At 40 b takes
     * v2 (the older), its server takes v4 (40–50), queued behind v3; at 70 b takes v3, and so on:
     * v_k completes at 10 + 30k and, for k ≥ 3, entered at 30k − 80, so every build time is
     * 90 s, WIP is 3 (b's vehicle and a's two) and Little's law holds (3 = 90 s / 30 s).
     * Completions in the window (1001 s, 31001 s]: k = 34 … 1033, 1000 vehicles.
     */
    @Test
    void blocked_servers_hand_over_in_the_order_they_finished() {
        Map<String, Double> m = ConfigRuns.run(line(0));
        assertThat(field(m, "vehicles_completed")).isEqualTo(1000.0);
        assertThat(field(m, "build_time_mean_h") * 3600).isCloseTo(90, within(EPS));
        assertThat(field(m, "build_time_max_h") * 3600).isCloseTo(90, withinPercentage(0.1));
        assertThat(field(m, "wip_mean")).isCloseTo(3, within(EPS));
        // a's servers each hold a vehicle 60 s (entered at 30k − 80, taken by b at 30k − 20):
        // 10 s working, 50 s blocked
        assertThat(field(m, "stations:a:working_frac")).isCloseTo(1.0 / 6, within(EPS));
        assertThat(field(m, "stations:a:blocked_frac")).isCloseTo(5.0 / 6, within(EPS));
    }

    /**
     * One place in front of b. By hand: at 10, v1 goes to b (done 40) and v2 into the place;
     * v3 and v4 (a, 10–20) finish at 20 and wait in that order. At 40 b takes v2 from the place
     * and the place admits the older waiter, v3; a's freed server takes v5 (40–50). At 70 b takes
     * v3, the place admits v4, and so on: from v3 on a vehicle completes 120 s after it entered
     * (WIP 4: b, its place, a's two servers = 120 s / 30 s). Same window: 1000 vehicles.
     */
    @Test
    void a_freed_place_admits_the_longest_waiting_vehicle() {
        Map<String, Double> m = ConfigRuns.run(line(1));
        assertThat(field(m, "vehicles_completed")).isEqualTo(1000.0);
        assertThat(field(m, "build_time_mean_h") * 3600).isCloseTo(120, within(EPS));
        assertThat(field(m, "build_time_max_h") * 3600).isCloseTo(120, withinPercentage(0.1));
        assertThat(field(m, "wip_mean")).isCloseTo(4, within(EPS));
        assertThat(field(m, "buffers:b:mean_content")).isCloseTo(1, within(EPS));
        assertThat(field(m, "buffers:b:full_frac")).isCloseTo(1, within(EPS));
    }
}

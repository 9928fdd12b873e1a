package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code failures.basis}: on {@code busy} the failure clock runs only while the server works,
 * on {@code calendar} all the time. Time to failure is exponential with mean MTBF = 2 h, repair
 * exponential with mean MTTR = 6 min, measured over T = 2000 h (after 10 h of warm-up).
 *
 * <ul>
 *   <li>Busy basis: failures form a Poisson process of rate 1/MTBF on the server's working time
 *       W (memoryless clock, paused and resumed), so the count is Poisson with mean W / MTBF.</li>
 *   <li>A station that never waits, or any station on calendar basis: up and down periods
 *       alternate (an alternating renewal process with cycle mean μ = MTBF + MTTR and variance
 *       σ² = MTBF² + MTTR²), so failures ≈ Normal(T/μ, T σ²/μ³) (Ross, Stochastic Processes,
 *       §3.3): 952.4 ± 29.4 (sd).</li>
 * </ul>
 * A station starved half the time (one vehicle every 120 s, 60 s of work each) works
 * W = T/2, so it fails T/(2 MTBF) = 500 times: half as often per calendar hour as one that never
 * waits (exactly μ / (2 MTBF) = 0.525 times as often, because the busy one is also down a while).
 * Each count is checked against its 99 % interval (z = 2.576), one replication, seed 1.
 */
class BusyBasisAgeingTest {
    static final double T_H = 2000;
    static final double MTBF_H = 2;
    static final double MTTR_H = 0.1;
    static final double Z99 = 2.5758;

    static String line(String release, String stations) {
        return """
                name: failure ageing
                horizon: 2000h
                warmup: 10h
                release: %s
                stations:
                %s""".formatted(release, stations);
    }

    static final String STARVED_STATION = "  - {name: a, cycle: 60s, buffer: unlimited, failures: {mtbf: 2h, mttr: 6min, basis: %s}}\n";

    /** Mean and sd of the number of up/down cycles of an alternating renewal process in T. */
    static double[] alternatingRenewalCount() {
        double mu = MTBF_H + MTTR_H;
        double var = MTBF_H * MTBF_H + MTTR_H * MTTR_H;
        return new double[] {T_H / mu, Math.sqrt(T_H * var / (mu * mu * mu))};
    }

    static void assertPoisson(double failures, double mean, String what) {
        assertThat(failures).as(what + ": Poisson mean %.1f", mean).isCloseTo(mean, within(Z99 * Math.sqrt(mean)));
    }

    @Test
    void a_station_starved_half_the_time_fails_half_as_often_on_busy_basis() {
        Map<String, Double> m = ConfigRuns.run(line("{takt: 120s}", STARVED_STATION.formatted("busy")));
        // it works one 60 s cycle per 120 s release (repairs only delay the queue it catches up on)
        assertThat(field(m, "stations:a:working_frac")).isCloseTo(0.5, within(1e-3));
        assertThat(field(m, "stations:a:starved_frac")).isGreaterThan(0.4);
        assertPoisson(field(m, "stations:a:failures"), T_H * 0.5 / MTBF_H, "busy, starved half the time");
    }

    @Test
    void on_calendar_basis_the_same_station_fails_as_if_it_never_waited() {
        Map<String, Double> m = ConfigRuns.run(line("{takt: 120s}", STARVED_STATION.formatted("calendar")));
        double[] expected = alternatingRenewalCount();
        assertThat(field(m, "stations:a:failures")).as("calendar basis")
                .isCloseTo(expected[0], within(Z99 * expected[1]));
    }

    @Test
    void a_station_that_never_waits_fails_once_per_mtbf_plus_mttr() {
        Map<String, Double> m = ConfigRuns.run(line("unlimited",
                "  - {name: a, cycle: 60s, failures: {mtbf: 2h, mttr: 6min, basis: busy}}\n"));
        double[] expected = alternatingRenewalCount();
        assertThat(field(m, "stations:a:failures")).as("busy basis, never waiting")
                .isCloseTo(expected[0], within(Z99 * expected[1]));
        assertThat(field(m, "stations:a:starved_frac") + field(m, "stations:a:blocked_frac")).isZero();
    }

    /**
     * a (30 s) feeds b (60 s) without a buffer: a is blocked about half the time, and its clock
     * must not age then. Its working time W is its working_frac × T; failures are Poisson(W/MTBF).
     */
    @Test
    void a_station_blocked_half_the_time_ages_only_while_working() {
        Map<String, Double> m = ConfigRuns.run(line("unlimited",
                "  - {name: a, cycle: 30s, failures: {mtbf: 2h, mttr: 6min}}\n  - {name: b, cycle: 60s}\n"));
        double working = field(m, "stations:a:working_frac");
        assertThat(working).isBetween(0.45, 0.5);
        assertThat(field(m, "stations:a:blocked_frac")).isGreaterThan(0.4);
        assertPoisson(field(m, "stations:a:failures"), T_H * working / MTBF_H, "busy, blocked half the time");
    }
}

package io.elsim.experiment;

import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replications against theory. Every figure uses fixed seeds, so the tests are
 * deterministic; the bounds are chosen before looking at the outcome.
 */
class ReplicatorTest {
    static final double LAMBDA = 0.8;
    static final double MU = 1.0;

    /** M/M/1 with arrival rate 0.8/s and service rate 1/s. */
    static LineSpec mm1(long seed, double horizon, double warmup) {
        return LineSpec.of("mm1", seed, horizon, warmup,
                new ReleaseSpec.Interarrival(new DistributionSpec.Exponential(1 / LAMBDA)),
                List.of(StationSpec.simple("s", new DistributionSpec.Exponential(1 / MU), 1, StationSpec.UNLIMITED)));
    }

    /**
     * Coverage of the 95 % Student-t interval on the mean time in system W = 1/(μ-λ) = 5 s.
     * 100 independent seeds, 5 replications each. If the intervals are right the number that
     * contain W is Binomial(100, 0.95): P(X <= 87) ≈ 0.003 and P(X = 100) ≈ 0.006, so 88..99
     * accepts a correct method with probability ≈ 0.99, while an interval forgetting the t
     * quantile (z instead of t with 4 df: true coverage ≈ 88 %) or a biased estimator fails.
     * Warm-up 2,000 s is ≈ 20 relaxation times 1/(μ(1-√ρ)²) ≈ 90 s, so the empty start does
     * not bias; the horizon of 8,000 s (≈ 6,400 customers) keeps the 500 runs under ~10 s.
     */
    @Test
    void ninetyFivePercentIntervalsOnTheMm1TimeInSystemCoverTheTrueValue() {
        double w = 1 / (MU - LAMBDA) / 3600; // hours, as the report gives it
        int covered = 0;
        List<String> misses = new ArrayList<>();
        try (Replicator replicator = new Replicator(2, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            for (long seed = 1; seed <= 100; seed++) {
                Table summary = replicator.replicate(mm1(seed, 8_000, 2_000), Stopping.fixed(5)).tables().get(0);
                double mean = summary.getDouble(0, "build_time_mean_h");
                double hw = summary.getDouble(0, "build_time_mean_h_ci95");
                if (Math.abs(mean - w) <= hw) covered++;
                else misses.add(seed + ": " + mean * 3600 + " ± " + hw * 3600 + " s");
            }
        }
        System.out.println("M/M/1 coverage of W = 5 s by 95 % intervals: " + covered + "/100; misses " + misses);
        assertThat(covered).as("intervals containing W; misses %s", misses).isBetween(88, 99);
    }

    /** The output of replications depends on the replication numbers only, not on the thread count. */
    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        LineSpec spec = mm1(3, 2_000, 200);
        List<List<Table>> one;
        List<List<Table>> four;
        try (Replicator r = new Replicator(1, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            one = r.run(spec, 0, 6);
        }
        try (Replicator r = new Replicator(4, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            four = r.run(spec, 0, 6);
        }
        for (int i = 0; i < 6; i++) {
            assertThat(four.get(i).get(0).rows().get(0)).containsExactly(one.get(i).get(0).rows().get(0));
        }
        assertThat(one.get(0).get(0).rows().get(0)).isNotEqualTo(one.get(1).get(0).rows().get(0));
    }

    /** --precision stops at the first replication count whose half-width meets the target. */
    @Test
    void precisionStopsAtTheFirstCountMeetingTheTarget() {
        LineSpec spec = mm1(11, 5_000, 500);
        Stopping stopping = new Stopping(2, 0.01, 60);
        Replicator.Result result;
        int withOneThread;
        try (Replicator r = new Replicator(3, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            result = r.replicate(spec, stopping);
        }
        try (Replicator r = new Replicator(1, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            withOneThread = r.replicate(spec, stopping).replications();
        }
        int n = result.replications();
        System.out.println("--precision 1% on M/M/1 throughput: stopped after " + n + " replications");
        assertThat(n).isGreaterThan(2).isLessThan(60).isEqualTo(withOneThread);
        List<List<Table>> runs = result.perReplication();
        assertThat(Replicator.precise(runs, 0.01)).isTrue();
        for (int k = 2; k < n; k++) {
            assertThat(Replicator.precise(runs.subList(0, k), 0.01)).as("already precise at %d", k).isFalse();
        }
        Table summary = result.tables().get(0);
        assertThat(summary.get(0, "replications")).isEqualTo((long) n);
        assertThat(summary.getDouble(0, "throughput_per_hour_ci95"))
                .isLessThanOrEqualTo(0.01 * summary.getDouble(0, "throughput_per_hour"));
    }

    @Test
    void the_first_run_of_a_process_goes_alone_then_the_rest_in_parallel() throws Exception {
        try (Replicator replicator = new Replicator(2, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            List<Integer> started = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch bothRunning = new CountDownLatch(2);
            List<Boolean> metTheOther = Collections.synchronizedList(new ArrayList<>());
            List<Thread> firstRanOn = Collections.synchronizedList(new ArrayList<>());
            List<ForkJoinTask<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int id = i;
                tasks.add(ForkJoinTask.adapt(() -> {
                    started.add(id);
                    if (id == 0) firstRanOn.add(Thread.currentThread());
                    if (id > 0) {
                        // tasks 1 and 2 meet only if they run at the same time; the timeout
                        // only ends a failing test
                        bothRunning.countDown();
                        metTheOther.add(bothRunning.await(30, TimeUnit.SECONDS));
                    }
                    return null;
                }));
            }
            assertThat(replicator.firstAlone(tasks)).isTrue();
            // it ran the first task itself, to the end, and started no other one
            assertThat(firstRanOn).containsExactly(Thread.currentThread());
            assertThat(tasks.get(0).isDone()).isTrue();
            assertThat(started).containsExactly(0);

            replicator.runAll(tasks.subList(1, 3));
            assertThat(tasks).allMatch(ForkJoinTask::isDone);
            assertThat(metTheOther).containsExactly(true, true);
            // only once per process
            assertThat(replicator.firstAlone(tasks)).isFalse();
        }
    }
}

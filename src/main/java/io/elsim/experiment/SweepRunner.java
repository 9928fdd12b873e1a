package io.elsim.experiment;

import io.elsim.model.LineSpec;
import io.elsim.report.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs the scenarios of a sweep on a {@link Replicator}'s pool, all at once (each forks its
 * replications into the same pool). Rows reach the {@link Sink} as scenarios finish, in any
 * order; the sink orders them by scenario number. Replication r of every scenario uses the
 * streams of (seed, r): common random numbers, so differences between scenarios are not
 * drowned in sampling noise.
 */
public final class SweepRunner {
    /** Receives results from pool threads: implementations synchronise. */
    public interface Sink {
        void scenarioDone(Sweep.Scenario scenario, Object[] row);

        void scenarioFailed(Sweep.Scenario scenario, RuntimeException cause);

        /** True once the sweep cannot go on (its output cannot be written): scenarios not started yet are skipped. */
        default boolean stopped() {
            return false;
        }
    }

    public record Job(Sweep.Scenario scenario, LineSpec spec) { }

    private SweepRunner() { }

    public static void run(List<Job> jobs, Replicator replicator, Stopping stopping, List<String> columns, Sink sink) {
        List<ForkJoinTask<Void>> tasks = new ArrayList<>();
        for (Job job : jobs) {
            tasks.add(ForkJoinTask.adapt(() -> {
                if (sink.stopped()) return null;
                try {
                    Replicator.Result result = replicator.replicate(job.spec(), stopping);
                    Table summary = Aggregation.aggregate(result.perReplication()).get(0);
                    sink.scenarioDone(job.scenario(), Sweep.row(job.scenario(), summary, columns));
                } catch (RuntimeException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException c && c.getClass() == e.getClass() ? c : e;
                    sink.scenarioFailed(job.scenario(), cause);
                }
                return null;
            }));
        }
        replicator.runAll(tasks);
    }
}

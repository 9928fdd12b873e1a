package io.elsim.bench;

import io.elsim.line.Line;
import io.elsim.experiment.LineReport;
import io.elsim.model.LineSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.DoublyLinked;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The benchmark's hand-written lines are one model on several event lists: on the same random
 * numbers they must make the same decisions as the reference loop, or the speeds compared are
 * not of the same work.
 */
class LineLoopsTest {
    private static final double HORIZON = 50_000;

    @Test
    void every_event_list_makes_the_reference_loops_decisions() {
        ReferenceLoop reference = new ReferenceLoop();
        long completions = reference.run(HORIZON);
        List<EventLine> lines = List.of(new ElsimEventLine(10), new SsjLine(10, SplayTree::new),
                new SsjLine(10, BinaryTree::new), new SsjLine(10, Henriksen::new),
                new SsjLine(10, RedblackTree::new), new SsjLine(10, DoublyLinked::new));
        for (EventLine line : lines) {
            assertThat(line.run(HORIZON)).as(line.getClass().getSimpleName()).isEqualTo(completions);
            assertThat(line.departures()).isEqualTo(reference.departures());
        }
        assertThat(reference.departures()).isGreaterThan(30_000);
    }

    @Test
    void the_line_with_statistics_makes_the_same_decisions_and_figures_on_every_engine() {
        ReferenceLoop reference = new ReferenceLoop();
        long completions = reference.run(HORIZON);
        MeasuredLine heap = new MeasuredReferenceLoop(10, HORIZON);
        List<MeasuredLine> lines = List.of(heap, new ElsimMeasuredLine(10, HORIZON),
                new SsjMeasuredLine(10, HORIZON, SplayTree::new), new SsjMeasuredLine(10, HORIZON, Henriksen::new));
        for (MeasuredLine line : lines) {
            assertThat(line.run(HORIZON)).isEqualTo(completions);
            assertThat(line.departures()).isEqualTo(reference.departures());
            // the same event times, hence bit for bit the same statistics
            assertThat(line.meanBuildTime()).isEqualTo(heap.meanBuildTime());
            assertThat(line.meanWip(HORIZON)).isEqualTo(heap.meanWip(HORIZON));
        }
    }

    @Test
    void the_kernel_bound_is_elsims_own_simulation_of_the_line() {
        LineSpec spec = LineBenchmark.tenStationLine(HORIZON);
        Line line = new Line(spec, 0);
        line.run();
        KernelBoundLine kernel = new KernelBoundLine(spec);
        kernel.run(HORIZON);
        // the same streams and decisions: the same vehicles leave at the same instants
        assertThat(kernel.departures()).isEqualTo(line.completedTotal()).isGreaterThan(30_000);
        Table summary = LineReport.tables(line).get(0);
        // the report gives hours; the rest is rounding in that conversion
        assertThat(kernel.meanBuildTime()).isCloseTo(summary.getDouble(0, "build_time_mean_h") * 3600,
                within(1e-9 * kernel.meanBuildTime()));
        assertThat(kernel.meanWip(HORIZON)).isCloseTo(summary.getDouble(0, "wip_mean"),
                within(1e-9 * kernel.meanWip(HORIZON)));
    }

    @Test
    void littles_law_holds_on_the_statistics() {
        MeasuredLine line = new MeasuredReferenceLoop(10, HORIZON);
        line.run(HORIZON);
        double throughput = line.departures() / HORIZON;
        // L = λW but for the vehicles still in the line at the horizon, whose time so far counts
        // in L and not in W: about 18 vehicles, each in for less than a build time (about 28 s)
        // on average, against L·horizon of about 18 × 50,000 vehicle-seconds: well within 0.1 %
        assertThat(line.meanWip(HORIZON)).isCloseTo(throughput * line.meanBuildTime(),
                within(0.001 * line.meanWip(HORIZON)));
    }
}

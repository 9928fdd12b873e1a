package io.elsim.line;

import io.elsim.experiment.LineReport;
import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.SequenceSpec;
import io.elsim.model.StationSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.elsim.line.QueueingTheoryTest.assertWithinCi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Networks (routes, merges, loops) against queueing theory and hand calculation. Stochastic
 * figures: the theoretical value must lie in the 99 % Student-t interval of independent
 * replications, and that interval must be narrow; every replication also checks conservation
 * (released = completed + scrapped + WIP) and each test checks Little's law.
 */
class NetworkTheoryTest {
    static final int UNL = StationSpec.UNLIMITED;

    static StationSpec exp(String name, double mean, int buffer) {
        return StationSpec.simple(name, new DistributionSpec.Exponential(mean), 1, buffer);
    }

    static StationSpec constant(String name, double seconds, int buffer) {
        return StationSpec.simple(name, new DistributionSpec.Constant(seconds), 1, buffer);
    }

    static RouteSpec share(String to, double share) {
        return new RouteSpec(to, share, List.of());
    }

    static LineSpec poisson(String name, double lambda, double horizon, List<StationSpec> stations) {
        return LineSpec.of(name, 11, horizon, 5_000,
                new ReleaseSpec.Interarrival(new DistributionSpec.Exponential(1 / lambda)), stations);
    }

    /**
     * Open Jackson network with feedback (Jackson 1957): Poisson λ = 0.5/s into a (mean 1 s);
     * from a 60 % to b (1.5 s) and 40 % to c (2.5 s); b leaves; from c 25 % back to a, the rest
     * leave. Traffic equations: λa = λ + 0.25 λc, λb = 0.6 λa, λc = 0.4 λa, so λa = λ / 0.9 =
     * 0.5556, λb = 0.3333, λc = 0.2222; ρa = 0.5556, ρb = 0.5, ρc = 0.5556. Product form: each
     * station is M/M/1 at its own rate, Lq = ρ²/(1 − ρ), L = Σ ρ/(1 − ρ) = 1.25 + 1 + 1.25 = 3.5,
     * W = L / λ = 7 s.
     */
    @Test
    void jackson_network_with_feedback_matches_the_product_form() {
        StationSpec a = exp("a", 1.0, UNL).withRoutes(Routing.SHARE, List.of(share("b", 0.6), share("c", 0.4)));
        StationSpec b = exp("b", 1.5, UNL).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        StationSpec c = exp("c", 2.5, UNL).withRoutes(Routing.SHARE,
                List.of(share("a", 0.25), new RouteSpec(RouteSpec.END, null, List.of())));
        Replications r = Replications.run(poisson("jackson", 0.5, 200_000, List.of(a, b, c)), 10);
        double lambda = 0.5;
        double[] rate = {lambda / 0.9, 0.6 * lambda / 0.9, 0.4 * lambda / 0.9};
        double[] mean = {1.0, 1.5, 2.5};
        String[] names = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            double rho = rate[i] * mean[i];
            assertWithinCi(r, "station:" + names[i] + ":working_frac", rho, 0.03);
            assertWithinCi(r, "buffer:" + names[i] + ":mean_content", rho * rho / (1 - rho), 0.12);
            // throughput of the station: processed per second of the measured period
            assertWithinCi(r, "station:" + names[i] + ":visits_per_vehicle", rate[i] / lambda, 0.02);
        }
        assertWithinCi(r, "throughput_per_hour", lambda * 3600, 0.01);
        assertWithinCi(r, "wip_mean", 3.5, 0.06);
        assertWithinCi(r, "build_time_mean_h", 7.0 / 3600, 0.06);
        r.assertLittle(0.06);
    }

    /**
     * first-free from a zero-time dispatching station with an unlimited buffer into two
     * parallel exponential servers without buffers is M/M/2 (Erlang C): λ = 1.5/s, μ = 1/s,
     * a = 1.5, P(wait) = (a²/2 · 2/(2 − a)) / (1 + a + a²/2 · 2/(2 − a)) = 4.5/7,
     * Wq = P(wait) / (2μ − λ) = 1.2857 s, W = 2.2857 s, L = λW = 3.4286.
     */
    @Test
    void first_free_into_two_parallel_servers_is_erlang_c() {
        for (Routing routing : List.of(Routing.FIRST_FREE, Routing.SHORTEST_QUEUE)) {
            StationSpec d = constant("dispatch", 0, UNL).withRoutes(routing,
                    List.of(RouteSpec.to("s1"), RouteSpec.to("s2")));
            StationSpec s1 = exp("s1", 1, 0).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
            StationSpec s2 = exp("s2", 1, 0);
            Replications r = Replications.run(poisson("mm2", 1.5, 100_000, List.of(d, s1, s2)), 10);
            double wait = 4.5 / 7;
            double w = wait / (2 - 1.5) + 1;
            assertWithinCi(r, "build_time_mean_h", w / 3600, 0.05);
            assertWithinCi(r, "wip_mean", 1.5 * w, 0.05);
            // the two servers together are busy a = 1.5 servers' worth
            double busy = r.mean("station:s1:working_frac") + r.mean("station:s2:working_frac");
            assertThat(busy).as(routing + ": s1 + s2 working").isCloseTo(1.5, within(0.02));
            r.assertLittle(0.05);
        }
    }

    /** share 50/50 into two M/M/1 stations: each is M/M/1 at λ/2 = 0.8/s, ρ = 0.8, L = 4, W = 5 s. */
    @Test
    void share_fifty_fifty_makes_two_mm1_at_half_the_rate() {
        StationSpec d = constant("dispatch", 0, UNL).withRoutes(Routing.SHARE,
                List.of(share("s1", 0.5), share("s2", 0.5)));
        StationSpec s1 = exp("s1", 1, UNL).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        StationSpec s2 = exp("s2", 1, UNL);
        Replications r = Replications.run(poisson("split", 1.6, 200_000, List.of(d, s1, s2)), 10);
        for (String s : List.of("s1", "s2")) {
            assertWithinCi(r, "station:" + s + ":working_frac", 0.8, 0.03);
            assertWithinCi(r, "buffer:" + s + ":mean_content", 0.8 * 0.8 / 0.2, 0.15);
            assertWithinCi(r, "station:" + s + ":visits_per_vehicle", 0.5, 0.03);
        }
        assertWithinCi(r, "wip_mean", 8, 0.12);
        assertWithinCi(r, "build_time_mean_h", 5.0 / 3600, 0.12);
        r.assertLittle(0.12);
    }

    /**
     * Product routing with the repeating sequence A, A, B and a takt of 60 s far above every
     * cycle (no queue): s1 (10 s) sends B to special (20 s) and A to s3 (10 s). By hand: special
     * processes exactly a third of the vehicles, A takes 20 s and B 40 s, and the capacity's
     * per-product visits are 1 for B and 0 for A at special.
     */
    @Test
    void product_route_with_a_repeating_sequence_by_hand() {
        StationSpec s1 = constant("s1", 10, 0).withRoutes(Routing.SHARE,
                List.of(new RouteSpec("special", null, List.of("B")), RouteSpec.to("s3")));
        StationSpec special = constant("special", 20, 0);
        StationSpec s3 = constant("s3", 10, 0);
        LineSpec spec = new LineSpec("products", 1, 3600 * 10, 0, null,
                List.of(new ProductSpec("A", 2.0 / 3), new ProductSpec("B", 1.0 / 3)),
                new SequenceSpec.Repeat(List.of("A", "A", "B")), new ReleaseSpec.Takt(60), List.of(s1, special, s3),
                List.of());
        Line line = new Line(spec, 0);
        line.run();
        Replications.checkInvariants(line);
        List<Table> tables = LineReport.tables(line);
        Table stations = tables.get(1);
        Table products = tables.get(3);
        // released at 0, 60, ..., 35940: 600 vehicles, all done (the last B leaves at 35980)
        assertThat(line.sink().completed()).isEqualTo(600);
        assertThat(stations.get(1, "processed")).isEqualTo(200L);
        assertThat(stations.getDouble(1, "visits_per_vehicle")).isEqualTo(1.0 / 3);
        assertThat(stations.get(2, "processed")).isEqualTo(600L);
        assertThat(products.getDouble(0, "build_time_mean_h") * 3600).isCloseTo(20, within(1e-9));
        assertThat(products.getDouble(1, "build_time_mean_h") * 3600).isCloseTo(40, within(1e-9));
        Capacity.Result c = Capacity.of(spec);
        assertThat(c.productVisits()).contains(new Capacity.ProductVisits("special", "A", 0),
                new Capacity.ProductVisits("special", "B", 1));
        assertThat(c.stations().get(1).visitsPerVehicle()).isCloseTo(1.0 / 3, within(1e-12));
        // raw process time: A 20 s, B 40 s, weighted 2/3 and 1/3
        assertThat(c.rawProcessHours() * 3600).isCloseTo(80.0 / 3, within(1e-9));
    }

    /**
     * A repair loop worked by hand: takt 100 s into test (10 s), which routes cyclic over
     * [repair, end, end]; repair (30 s) sends back to test. Finishes at test take the routes in
     * turn: vehicle 0 goes to repair (turn 0) and after its retest leaves (turn 1), vehicle 1
     * leaves (turn 2), vehicle 2 again to repair... So even vehicles take 10 + 30 + 10 = 50 s and
     * odd ones 10 s. Over 36 000 s: 360 completed, test processes 540 (1.5 per vehicle), repair
     * 180, mean build time 30 s, WIP 360 × 30 / 36 000 = 0.3 (Little, exactly).
     */
    @Test
    void deterministic_repair_loop_by_hand() {
        StationSpec test = constant("test", 10, 0).withRoutes(Routing.CYCLIC,
                List.of(RouteSpec.to("repair"), RouteSpec.to(RouteSpec.END), RouteSpec.to(RouteSpec.END)));
        StationSpec repair = constant("repair", 30, UNL).withRoutes(Routing.SHARE, List.of(RouteSpec.to("test")));
        LineSpec spec = LineSpec.of("loop", 1, 36_000, 0, new ReleaseSpec.Takt(100), List.of(test, repair));
        Line line = new Line(spec, 0);
        line.run();
        Replications.checkInvariants(line);
        Table summary = LineReport.tables(line).get(0);
        Table stations = LineReport.tables(line).get(1);
        assertThat(line.sink().completed()).isEqualTo(360);
        assertThat(stations.get(0, "processed")).isEqualTo(540L);
        assertThat(stations.get(1, "processed")).isEqualTo(180L);
        assertThat(stations.getDouble(0, "visits_per_vehicle")).isEqualTo(1.5);
        assertThat(summary.getDouble(0, "build_time_mean_h") * 3600).isCloseTo(30, within(1e-9));
        assertThat(summary.getDouble(0, "build_time_max_h") * 3600).isCloseTo(50, within(1e-9));
        assertThat(summary.getDouble(0, "wip_mean")).isCloseTo(0.3, within(1e-12));
        // capacity: cyclic over three routes gives repair 1/3 per test visit: visits 1.5 and 0.5
        Capacity.Result c = Capacity.of(spec);
        assertThat(c.stations().get(0).visitsPerVehicle()).isCloseTo(1.5, within(1e-12));
        assertThat(c.stations().get(1).visitsPerVehicle()).isCloseTo(0.5, within(1e-12));
    }

    /**
     * A loop whose buffers are all finite fills and jams: b (no buffer) sends everything to c,
     * c sends 90 % back to b; with an unlimited release b is always refilled, so soon b's
     * server holds a vehicle for c while c's holds one for b. The run stops naming both.
     */
    @Test
    void a_loop_of_finite_buffers_deadlocks_and_names_its_stations() {
        StationSpec b = exp("b", 1, 0);
        StationSpec c = exp("c", 1, 0).withRoutes(Routing.SHARE,
                List.of(share("b", 0.9), new RouteSpec(RouteSpec.END, null, List.of())));
        LineSpec spec = LineSpec.of("jam", 1, 100_000, 0, new ReleaseSpec.Unlimited(), List.of(b, c));
        Line line = new Line(spec, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(line::run)
                .isInstanceOf(Line.Deadlock.class)
                .hasMessageContaining("stations 'b', 'c'");
        assertThat(line.now()).as("stopped when it jammed, not at the horizon").isLessThan(100_000);
        // the same loop with room for every vehicle in it does not jam
        LineSpec roomy = spec.withStations(List.of(exp("b", 1, UNL), c)).withEntry(null);
        LineSpec timed = new LineSpec("roomy", 1, 20_000, 0, null, roomy.products(), roomy.sequence(),
                new ReleaseSpec.Takt(20), roomy.stations(), List.of());
        Line ok = new Line(timed, 0);
        ok.run();
        Replications.checkInvariants(ok);
        assertThat(ok.sink().completed()).isGreaterThan(900);
    }

    /**
     * The same jammed loop b ⇄ c fed through a station a without a buffer: once b is jammed, a's
     * finished vehicle waits only for b, so a can never move either. The message names the loop
     * and, apart from it, the station stuck behind it.
     */
    @Test
    void a_deadlock_names_the_stations_stuck_behind_the_loop_apart() {
        StationSpec a = exp("a", 1, 0);
        StationSpec b = exp("b", 1, 0);
        StationSpec c = exp("c", 1, 0).withRoutes(Routing.SHARE,
                List.of(share("b", 0.9), new RouteSpec(RouteSpec.END, null, List.of())));
        Line line = new Line(LineSpec.of("jam", 1, 100_000, 0, new ReleaseSpec.Unlimited(), List.of(a, b, c)), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(line::run)
                .isInstanceOf(Line.Deadlock.class)
                .hasMessageContaining("stations 'b', 'c' are full")
                .hasMessageContaining("(blocked behind them: 'a')");
    }

    /**
     * A full loop with a way out is no deadlock. b ⇄ c as above, but c sends first-free to b or
     * to d, which always finishes and leaves to end: c's vehicle waits for b or d, and d frees a
     * place sooner or later, so the run cannot jam however often b blocks in front of a full c.
     * It must run to its horizon, every released vehicle accounted for.
     */
    @Test
    void a_full_loop_with_a_station_able_to_leave_it_never_deadlocks() {
        StationSpec b = exp("b", 1, 0).withRoutes(Routing.SHARE, List.of(RouteSpec.to("c")));
        StationSpec c = exp("c", 1, 0).withRoutes(Routing.FIRST_FREE, List.of(RouteSpec.to("b"), RouteSpec.to("d")));
        StationSpec d = exp("d", 3, 0).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        Line line = new Line(LineSpec.of("way-out", 1, 20_000, 0, new ReleaseSpec.Unlimited(), List.of(b, c, d)), 0);
        assertThat(NetworkBuilder.hasLoop(line.stations)).isTrue();
        line.run();
        Replications.checkInvariants(line);
        assertThat(line.now()).isEqualTo(20_000);
        // d is the only way out
        assertThat(line.sink().completed()).isPositive().isEqualTo(line.stations().get(2).processed());
    }

    /**
     * A jam needs a loop of stations that can all be full. With the loop s2 ⇄ s3 (no buffers)
     * entered by {@code release.to: s2} and left through s0 → s1, listed first, the loop is
     * found whatever the order of the list, and the run stops when it jams. The same loop with
     * an unlimited buffer at s3 always has a place to move into: no watch is needed.
     */
    @Test
    void a_loop_is_found_wherever_it_is_listed_and_only_loops_of_finite_buffers_count() {
        StationSpec s0 = exp("s0", 1, 0);
        StationSpec s1 = exp("s1", 1, 0).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        StationSpec s2 = exp("s2", 1, 0);
        StationSpec s3 = exp("s3", 1, 0).withRoutes(Routing.SHARE, List.of(share("s2", 0.9), share("s0", 0.1)));
        LineSpec spec = LineSpec.of("late-loop", 1, 100_000, 0, new ReleaseSpec.Unlimited(), List.of(s0, s1, s2, s3))
                .withEntry("s2");
        Line line = new Line(spec, 0);
        assertThat(NetworkBuilder.hasLoop(line.stations)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(line::run)
                .isInstanceOf(Line.Deadlock.class)
                .hasMessageContaining("stations 's2', 's3'");

        StationSpec roomy = exp("s3", 1, UNL).withRoutes(Routing.SHARE, List.of(share("s2", 0.9), share("s0", 0.1)));
        Line open = new Line(spec.withStations(List.of(s0, s1, s2, roomy)), 0);
        assertThat(NetworkBuilder.hasLoop(open.stations)).isFalse();
    }

    /**
     * The shifting-bottleneck analysis on a network: a zero-time dispatcher sends vehicles in
     * turn (cyclic) to two parallel stations, a (50 s) and b (40 s), from an unlimited release.
     * Alternation ties b to a's pace, so a works all the time and b waits 10 s in every 50: a is
     * the sole bottleneck, b never is; by hand, the output is 2 vehicles per 50 s = 144 per hour.
     */
    @Test
    void the_shifting_bottleneck_finds_the_slower_of_two_parallel_stations() {
        StationSpec d = constant("dispatch", 0, 0).withRoutes(Routing.CYCLIC,
                List.of(RouteSpec.to("a"), RouteSpec.to("b")));
        StationSpec a = constant("a", 50, 1).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        StationSpec b = constant("b", 40, 1);
        LineSpec spec = LineSpec.of("parallel", 1, 36_000, 3_600, new ReleaseSpec.Unlimited(), List.of(d, a, b));
        Line line = new Line(spec, 0);
        line.run();
        Replications.checkInvariants(line);
        Table summary = LineReport.tables(line).get(0);
        Table stations = LineReport.tables(line).get(1);
        assertThat(summary.get(0, "bottleneck")).isEqualTo("a");
        assertThat(stations.getDouble(1, "active_period_share")).isGreaterThan(0.99);
        assertThat(stations.getDouble(2, "sole_bottleneck_share")).isLessThan(0.01);
        assertThat(stations.getDouble(2, "working_frac")).isCloseTo(0.8, within(0.01));
        assertThat(summary.getDouble(0, "throughput_per_hour")).isCloseTo(144, within(0.5));
    }
}

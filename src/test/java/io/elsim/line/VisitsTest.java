package io.elsim.line;

import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The traffic equations v = e + Pᵀv solved by hand for small plants. */
class VisitsTest {
    private static final double EPS = 1e-12;

    private static RouteSpec share(String to, double share) {
        return new RouteSpec(to, share, List.of());
    }

    /**
     * a → b, and b sends half its vehicles back to a (the entry) and half to end. Each vehicle
     * passes a geometric number of times, mean 1 / 0.5: v_a = 1 + 0.5 v_b, v_b = v_a, so both 2.
     * A loop back to the first station needs many sweeps: one is far from the answer.
     */
    @Test
    void a_loop_back_to_the_entry_station_doubles_both_visits() {
        StationSpec a = StationSpec.simple("a", c(1), 1, 0);
        StationSpec b = StationSpec.simple("b", c(1), 1, 0).withRoutes(Routing.SHARE,
                List.of(share("a", 0.5), share(RouteSpec.END, 0.5)));
        Visits v = Visits.of(LineSpec.of("loop", 1, 1, 0, new ReleaseSpec.Unlimited(), List.of(a, b)), true, new double[] {1, 1});
        assertThat(v.perReleased[0][0]).isCloseTo(2, within(EPS));
        assertThat(v.perReleased[0][1]).isCloseTo(2, within(EPS));
        assertThat(v.endShare[0]).isCloseTo(1, within(EPS));
    }

    /**
     * With scrap 20 % at b, a vehicle reaches end with probability 0.8·0.5 / (1 − 0.8·0.5) = 2/3
     * and visits a and b 1 / (1 − 0.4) = 5/3 times each; without scrap (the path of a
     * completed vehicle) the figures above.
     */
    @Test
    void scrap_shortens_the_loop_and_is_left_out_on_request() {
        StationSpec a = StationSpec.simple("a", c(1), 1, 0);
        StationSpec b = new StationSpec("b", c(1), Map.of(), 1, 0, 0, null, null, null, 0.2)
                .withRoutes(Routing.SHARE, List.of(share("a", 0.5), share(RouteSpec.END, 0.5)));
        LineSpec spec = LineSpec.of("scrap", 1, 1, 0, new ReleaseSpec.Unlimited(), List.of(a, b));
        Visits with = Visits.of(spec, true, new double[] {1, 1});
        assertThat(with.perReleased[0][1]).isCloseTo(5.0 / 3, within(EPS));
        assertThat(with.endShare[0]).isCloseTo(2.0 / 3, within(EPS));
        Visits without = Visits.of(spec, false, new double[] {1, 1});
        assertThat(without.perReleased[0][1]).isCloseTo(2, within(EPS));
        assertThat(without.endShare[0]).isCloseTo(1, within(EPS));
    }

    /** First-free with end among the routes: end always has room, so it takes everything. */
    @Test
    void first_free_to_end_sends_nothing_to_the_other_routes() {
        StationSpec a = StationSpec.simple("a", c(1), 1, 0).withRoutes(Routing.FIRST_FREE,
                List.of(RouteSpec.to("b"), RouteSpec.to(RouteSpec.END)));
        StationSpec b = StationSpec.simple("b", c(1), 1, 0);
        Visits v = Visits.of(LineSpec.of("ff", 1, 1, 0, new ReleaseSpec.Unlimited(), List.of(a, b)), true, new double[] {1, 5});
        assertThat(v.perReleased[0][0]).isCloseTo(1, within(EPS));
        assertThat(v.perReleased[0][1]).isCloseTo(0, within(EPS));
        assertThat(v.endShare[0]).isCloseTo(1, within(EPS));
        assertThat(Visits.split(Routing.FIRST_FREE, List.of(RouteSpec.to("b"), RouteSpec.to(RouteSpec.END)),
                Map.of("a", 0, "b", 1), new double[] {1, 5})).containsExactly(0.0, 1.0);
        // between stations, in proportion to their capacities
        assertThat(Visits.split(Routing.SHORTEST_QUEUE, List.of(RouteSpec.to("a"), RouteSpec.to("b")),
                Map.of("a", 0, "b", 1), new double[] {1, 3})).containsExactly(0.25, 0.75);
    }
}

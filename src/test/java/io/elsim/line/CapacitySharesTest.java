package io.elsim.line;

import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.SequenceSpec;
import io.elsim.model.SetupSpec;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Capacity bounds by hand where the product mix or a switched-off route matters. */
class CapacitySharesTest {
    private static final double EPS = 1e-9;

    /**
     * Shares 2 and 6 are a mix of 1/4 and 3/4: a station of 40 s for A and 80 s for B takes
     * 0.25·40 + 0.75·80 = 70 s a vehicle, so 3600 / 70 an hour.
     */
    @Test
    void product_shares_count_relative_to_their_sum() {
        StationSpec s = new StationSpec("s", c(60), Map.of("A", c(40), "B", c(80)), 1, 0, 0, null, null, null, 0);
        LineSpec spec = new LineSpec("mix", 1, 3600, 0, null, List.of(new ProductSpec("A", 2), new ProductSpec("B", 6)),
                new SequenceSpec.Random(), new ReleaseSpec.Unlimited(), List.of(s), List.of());
        Capacity.Result r = Capacity.of(spec);
        assertThat(r.stations().get(0).meanProcessSeconds()).isCloseTo(70, within(EPS));
        assertThat(r.maxPerHourOnShift()).isCloseTo(3600.0 / 70, within(EPS));
    }

    /**
     * Setups count per visit. Products A, B in turn change product at every vehicle; station a
     * (10 s, setup 5 s at a change) is visited twice per vehicle (b sends half back to it). Per
     * vehicle a works 2 · (10 + 5) = 30 s: 15 s a visit, 240 visits an hour, 120 vehicles.
     */
    @Test
    void a_setup_is_counted_at_every_visit_of_a_station_in_a_loop() {
        StationSpec a = new StationSpec("a", c(10), Map.of(), 1, 0, 0, null,
                new SetupSpec(c(5), SetupSpec.When.PRODUCT_CHANGE), null, 0);
        StationSpec b = StationSpec.simple("b", c(1), 1, 0).withRoutes(Routing.SHARE,
                List.of(new RouteSpec("a", 0.5, List.of()), new RouteSpec(RouteSpec.END, 0.5, List.of())));
        LineSpec spec = new LineSpec("loop", 1, 3600, 0, null, List.of(new ProductSpec("A", 1), new ProductSpec("B", 1)),
                new SequenceSpec.Repeat(List.of("A", "B")), new ReleaseSpec.Unlimited(), List.of(a, b), List.of());
        Capacity.StationCapacity sa = Capacity.of(spec).stations().get(0);
        assertThat(sa.visitsPerVehicle()).isCloseTo(2, within(EPS));
        assertThat(sa.meanProcessSeconds()).isCloseTo(15, within(EPS));
        assertThat(sa.capacityPerHour()).isCloseTo(240, within(EPS));
        assertThat(sa.outputCapacityPerHour()).isCloseTo(120, within(EPS));
    }

    /**
     * A station that scraps every vehicle: nothing completes, so the plant's bound is 0 an hour
     * and visits per completed vehicle have no value (NaN), while the station's own capacity
     * per visit stays 3600 / 30 = 120.
     */
    @Test
    void a_station_scrapping_everything_leaves_no_completed_vehicle_to_count_visits_by() {
        StationSpec s = new StationSpec("scrapper", c(30), Map.of(), 1, 0, 0, null, null, null, 1.0);
        Capacity.Result r = Capacity.of(LineSpec.of("none", 1, 3600, 0, new ReleaseSpec.Unlimited(), List.of(s)));
        assertThat(r.stations().get(0).visitsPerVehicle()).isNaN();
        assertThat(r.stations().get(0).capacityPerHour()).isCloseTo(120, within(EPS));
        assertThat(r.maxPerHourOnShift()).isZero();
    }

    /**
     * A route with share 0 keeps a station in the plan without sending it vehicles: it gets no
     * visits and does not limit the plant, but its own capacity per visit (3600 / 40 = 90 an
     * hour) is still shown. The plant is bound by a (3600 / 30 = 120).
     */
    @Test
    void a_station_only_a_zero_share_route_leads_to_keeps_its_capacity_per_visit() {
        StationSpec a = StationSpec.simple("a", c(30), 1, 0).withRoutes(Routing.SHARE,
                List.of(new RouteSpec("b", 1.0, List.of()), new RouteSpec("spare", 0.0, List.of())));
        StationSpec b = StationSpec.simple("b", c(20), 1, 0).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        StationSpec spare = StationSpec.simple("spare", c(40), 1, 0);
        Capacity.Result r = Capacity.of(LineSpec.of("spare", 1, 3600, 0, new ReleaseSpec.Unlimited(), List.of(a, b, spare)));
        Capacity.StationCapacity sp = r.stations().get(2);
        assertThat(sp.visitsPerVehicle()).isZero();
        assertThat(sp.meanProcessSeconds()).isCloseTo(40, within(EPS));
        assertThat(sp.capacityPerHour()).isCloseTo(90, within(EPS));
        assertThat(sp.outputCapacityPerHour()).isInfinite();
        assertThat(r.bottleneck()).isEqualTo("a");
        assertThat(r.maxPerHourOnShift()).isCloseTo(120, within(EPS));
    }
}

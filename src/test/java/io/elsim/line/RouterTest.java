package io.elsim.line;

import io.elsim.engine.RandomStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each routing rule on its own, with destinations whose room and content the test sets: the
 * route a rule must pick follows from its definition, worked out here.
 */
class RouterTest {

    /** A destination with a set number of free places and vehicles inside. */
    private static final class Place implements Destination {
        final String name;
        int room;
        int inside;
        final List<Vehicle> received = new ArrayList<>();
        final List<Sender> waiting = new ArrayList<>();

        Place(String name, int room, int inside) {
            this.name = name;
            this.room = room;
            this.inside = inside;
        }

        @Override public boolean offer(Vehicle v) {
            if (room == 0) return false;
            room--;
            inside++;
            received.add(v);
            return true;
        }
        @Override public boolean canTake() { return room > 0; }
        @Override public void await(Sender s) { waiting.add(s); }
        @Override public int occupancy() { return inside; }
        @Override public String name() { return name; }
    }

    private static Vehicle vehicle(int product) {
        Vehicle v = new Vehicle();
        v.product = product;
        return v;
    }

    @Test
    void first_free_takes_the_first_place_in_list_order_that_can_take_the_vehicle() {
        Place a = new Place("a", 0, 5), b = new Place("b", 1, 9), c = new Place("c", 1, 0);
        Router r = new Router.WhenFree(new Destination[][] {{a, b, c}}, false);
        Vehicle v = vehicle(0);
        assertThat(r.send(v, v)).isNull();
        assertThat(b.received).containsExactly(v);
        assertThat(c.received).isEmpty();
    }

    @Test
    void shortest_queue_takes_the_place_holding_fewest_vehicles_and_the_first_of_a_tie() {
        Place a = new Place("a", 1, 3), b = new Place("b", 1, 1), c = new Place("c", 1, 1), d = new Place("d", 0, 0);
        Router r = new Router.WhenFree(new Destination[][] {{a, b, c, d}}, true);
        Vehicle v = vehicle(0);
        assertThat(r.send(v, v)).isNull();
        // d holds none but has no room; b and c tie at 1: b is listed first
        assertThat(b.received).containsExactly(v);
        assertThat(a.received).isEmpty();
        assertThat(c.received).isEmpty();
    }

    @Test
    void when_no_place_is_free_the_vehicle_waits_at_every_route_of_its_product() {
        Place a = new Place("a", 0, 2), b = new Place("b", 0, 2), other = new Place("x", 0, 0);
        for (boolean shortest : new boolean[] {false, true}) {
            a.waiting.clear();
            b.waiting.clear();
            Router r = new Router.WhenFree(new Destination[][] {{other}, {a, b}}, shortest);
            Vehicle v = vehicle(1);
            assertThat(r.send(v, v)).containsExactly(a, b);
            assertThat(a.waiting).containsExactly(v);
            assertThat(b.waiting).containsExactly(v);
            assertThat(other.waiting).isEmpty();
        }
    }

    @Test
    void cyclic_takes_the_routes_in_turn_counted_for_each_product_apart() {
        Place a = new Place("a", 100, 0), b = new Place("b", 100, 0), c = new Place("c", 100, 0);
        Router r = new Router.Cyclic(new Destination[][] {{a, b, c}, {b, c}});
        List<String> route = new ArrayList<>();
        int[] products = {0, 0, 1, 0, 1, 1, 0};
        for (int p : products) {
            Vehicle v = vehicle(p);
            r.send(v, v);
            route.add(a.received.contains(v) ? "a" : b.received.contains(v) ? "b" : "c");
        }
        // product 0 takes a, b, c, a in turn; product 1 takes b, c, b
        assertThat(route).containsExactly("a", "b", "b", "c", "c", "b", "a");
    }

    @Test
    void a_full_route_chosen_in_turn_or_by_share_is_waited_for_alone() {
        Place a = new Place("a", 0, 1), b = new Place("b", 5, 0);
        Router cyclic = new Router.Cyclic(new Destination[][] {{a, b}});
        Vehicle v = vehicle(0);
        assertThat(cyclic.send(v, v)).containsExactly(a);
        assertThat(a.waiting).containsExactly(v);
        assertThat(b.waiting).isEmpty();
        Router share = new ShareRouter(new Destination[][] {{a, b}}, new double[][] {{1, 0}}, new RandomStream(1));
        assertThat(share.send(v, v)).containsExactly(a);
        assertThat(b.received).isEmpty();
    }

    /**
     * Route k is drawn when c(k−1) ≤ u < c(k), c the cumulative shares, from the station's
     * stream; a product with a single route draws nothing, so the draws of the others are
     * the stream's values in order (a twin stream of the same seed gives them).
     */
    @Test
    void share_draws_route_k_for_u_between_the_cumulative_shares_and_only_when_there_is_a_choice() {
        Place a = new Place("a", 1 << 20, 0), b = new Place("b", 1 << 20, 0),
                c = new Place("c", 1 << 20, 0), solo = new Place("solo", 1 << 20, 0);
        double[] shares = {0.2, 0.0, 0.3, 0.5};
        Place zero = new Place("zero", 1 << 20, 0);
        Router r = new ShareRouter(new Destination[][] {{a, zero, b, c}, {solo}},
                new double[][] {shares, {1.0}}, new RandomStream(2024));
        RandomStream twin = new RandomStream(2024);
        int[] count = new int[3];
        for (int i = 0; i < 20_000; i++) {
            Vehicle single = vehicle(1);
            r.send(single, single);
            Vehicle v = vehicle(0);
            r.send(v, v);
            double u = twin.nextDouble();
            Place expected = u < 0.2 ? a : u < 0.5 ? b : c;
            assertThat(expected.received.get(expected.received.size() - 1)).isSameAs(v);
            count[expected == a ? 0 : expected == b ? 1 : 2]++;
        }
        assertThat(zero.received).isEmpty();
        assertThat(solo.received).hasSize(20_000);
        assertThat(a.received.size() + b.received.size() + c.received.size()).isEqualTo(20_000);
        assertThat(count[0]).isEqualTo(a.received.size());
        assertThat(count[1]).isEqualTo(b.received.size());
    }
}

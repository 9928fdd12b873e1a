package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Supplier shares within the radius and reorders of one supplier's second part, worked out by hand. */
class SupplierSharesTest {

    /**
     * near (100 km, within the 300 km radius) sends a truck of 10 every hour from time 0, 100/65 =
     * 1.54 h on the road: the trucks leaving at 0..8 h arrive by 10 h, 90 parts. far (500 km,
     * 7.69 h) sends 20 an hour: the trucks leaving at 0, 1, 2 h arrive, 60 parts. Suppliers within
     * the radius: 1 of 2; parts from within it: 90 of 150.
     */
    @Test
    void shares_within_the_radius_by_count_and_by_volume() {
        Map<String, Double> m = ConfigRuns.run("""
                name: two suppliers
                horizon: 10h
                stations:
                  - {name: s, cycle: 1h}
                parts:
                  - {name: a, station: s, stock: {initial: 1000}}
                  - {name: b, station: s, stock: {initial: 1000}}
                suppliers:
                  - {name: near, distance_km: 100, parts: [a], truck: {capacity: 10}, policy: {every: 1h}}
                  - {name: far, distance_km: 500, parts: [b], truck: {capacity: 20}, policy: {every: 1h}}
                """);
        assertThat(field(m, "parts:a:deliveries")).isEqualTo(9.0);
        assertThat(field(m, "parts:b:deliveries")).isEqualTo(3.0);
        assertThat(field(m, "suppliers_within_radius_share")).isCloseTo(0.5, within(1e-12));
        assertThat(field(m, "suppliers_within_radius_volume_share")).isCloseTo(0.6, within(1e-12));
    }

    /**
     * One supplier, two parts, reorder point 0, orders of 5, 1 h away. x (100 in stock) is never
     * reordered; y starts at 1 and is taken once per vehicle (30 min each): taken at 0 → order →
     * delivered at 1 h; the fifth after it empties the stock at 3 h → delivered at 4 h; again at
     * 6 h → 7 h. By 9.5 h: 3 deliveries of y, none of x.
     */
    @Test
    void the_part_that_reaches_its_reorder_point_is_the_one_ordered() {
        Map<String, Double> m = ConfigRuns.run("""
                name: reorder the second part
                horizon: 9.5h
                stations:
                  - {name: s, cycle: 30min}
                parts:
                  - {name: x, station: s, stock: {initial: 100}}
                  - {name: y, station: s, stock: {initial: 1}}
                suppliers:
                  - {name: sup, distance_km: 65, parts: [x, y], truck: {capacity: 5}, policy: {reorder_point: 0, order_quantity: 5}}
                """);
        assertThat(field(m, "parts:y:deliveries")).isEqualTo(3.0);
        assertThat(field(m, "parts:x:deliveries")).isZero();
    }
}

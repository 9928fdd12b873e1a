package io.elsim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.model.LineSpec;
import io.elsim.model.PartSpec;
import io.elsim.model.PolicySpec;
import io.elsim.model.SupplierSpec;
import io.elsim.model.TruckSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supply keys: a good config read in full, and each invalid case at its file:line:column. */
class SupplyConfigTest {
    static final String LINE = """
            products: {R5: {share: 0.7}, Megane: {share: 0.3}}
            stations:
              - {name: trim, cycle: 60s}
              - {name: marriage, cycle: 55s}
            """;

    static final String GOOD = LINE + """
            site: {name: Douai, lat: 50.360, lon: 3.040}
            logistics: {radius_km: 300, road_factor: 1.25}
            parts:
              - name: battery-pack
                station: marriage
                per_vehicle: {R5: 1, Megane: 2}
                stock: {initial: 40, capacity: 80}
              - name: e-motor
                station: marriage
            suppliers:
              - name: AESC Douai
                location: {lat: 50.357, lon: 3.050}
                parts: [battery-pack]
                truck: {capacity: 24, speed_kmh: 65, load_time: 20min, unload_time: 15min, trucks: 2}
                delay: {exponential: {mean: 5min}}
                reliability: {on_time: 0.98, late_by: 2h}
                policy: {reorder_point: 30, order_quantity: 24}
              - name: Cleon
                distance_km: 230
                parts: [e-motor]
                truck: {capacity: 60}
                policy: {every: 4h}
            """;

    @Test
    void readsEveryKey() throws ConfigException {
        LoadedConfig c = ConfigLoader.load("good.yaml", GOOD, List.of());
        LineSpec s = c.spec();
        assertThat(s.site().name()).isEqualTo("Douai");
        assertThat(s.logistics().co2KgPerKmLoaded()).isEqualTo(0.96);
        assertThat(s.logistics().co2KgPerKmEmpty()).isEqualTo(0.75);
        PartSpec pack = s.parts().get(0);
        assertThat(pack.quantityFor("R5")).isEqualTo(1);
        assertThat(pack.quantityFor("Megane")).isEqualTo(2);
        assertThat(pack.initialStock()).isEqualTo(40);
        assertThat(pack.capacity()).isEqualTo(80);
        PartSpec motor = s.parts().get(1);
        assertThat(motor.quantityFor("R5")).isEqualTo(1);
        assertThat(motor.initialStock()).isZero();
        assertThat(motor.capacity()).isEqualTo(PartSpec.UNLIMITED);
        SupplierSpec aesc = s.suppliers().get(0);
        assertThat(aesc.truck()).isEqualTo(new TruckSpec(24, 65, 1200, 900, 2));
        assertThat(aesc.delay().mean()).isEqualTo(300);
        assertThat(aesc.reliability().onTime()).isEqualTo(0.98);
        assertThat(aesc.reliability().lateBy().mean()).isEqualTo(7200);
        assertThat(aesc.policy()).isEqualTo(new PolicySpec.ReorderPoint(30, 24));
        SupplierSpec cleon = s.suppliers().get(1);
        assertThat(cleon.distanceKm()).isEqualTo(230);
        assertThat(cleon.truck().asNeeded()).isTrue();
        assertThat(cleon.truck().speedKmh()).isEqualTo(65);
        assertThat(cleon.policy()).isEqualTo(new PolicySpec.Every(4 * 3600));
        assertThat(c.warnings()).isEmpty();
        // AESC: 0.77 km great circle (hand: dlat 0.003° = 0.334 km, dlon 0.010° × cos 50.36° = 0.709 km) × 1.25
        assertThat(io.elsim.model.Geo.roadKm(aesc, s.site(), s.logistics())).isCloseTo(0.98, within(0.01));
    }

    @Test
    void partConsumedAtUnknownStation() {
        String yaml = GOOD.replace("station: marriage\n    per_vehicle", "station: mariage\n    per_vehicle");
        assertThat(ConfigErrorsTest.only(yaml)).isEqualTo("bad.yaml:9:14: parts[0].station: part 'battery-pack'"
                + " is consumed at unknown station 'mariage'; did you mean 'marriage'? (stations: trim, marriage)");
    }

    @Test
    void partWithNoSupplier() {
        String yaml = GOOD.replace("parts: [e-motor]", "parts: []");
        assertThat(ConfigErrorsTest.problems(yaml)).containsExactly(
                "bad.yaml:12:5: parts[1]: no supplier delivers part 'e-motor'; list it in the parts of one of the suppliers",
                "bad.yaml:24:12: suppliers[1].parts: the list is empty; at least one entry is needed");
        String noSuppliers = LINE + "parts:\n  - {name: tray, station: trim}\n";
        assertThat(ConfigErrorsTest.only(noSuppliers)).isEqualTo(
                "bad.yaml:6:5: parts[0]: no supplier delivers part 'tray'; list it in the parts of one of the suppliers");
    }

    @Test
    void truckSmallerThanOneOrder() {
        String yaml = GOOD.replace("order_quantity: 24", "order_quantity: 30");
        assertThat(ConfigErrorsTest.only(yaml)).isEqualTo("bad.yaml:21:49: suppliers[0].policy.order_quantity:"
                + " an order of 30 parts does not fit in a truck of capacity 24; raise truck.capacity or lower order_quantity");
    }

    @Test
    void coordinatesOutOfRange() {
        String yaml = GOOD.replace("lat: 50.357, lon: 3.050", "lat: 150.357, lon: 3.050")
                .replace("lat: 50.360, lon: 3.040", "lat: 50.360, lon: 183.040");
        assertThat(ConfigErrorsTest.problems(yaml)).containsExactly(
                "bad.yaml:5:39: site.lon: coordinate out of range, expected -180 to 180 degrees, got 183.040",
                "bad.yaml:16:21: suppliers[0].location.lat: coordinate out of range, expected -90 to 90 degrees, got 150.357");
    }

    @Test
    void supplierBeyondTheRadiusIsAWarningNotAnError() throws ConfigException {
        String yaml = GOOD.replace("distance_km: 230", "distance_km: 1221");
        LoadedConfig c = ConfigLoader.load("w.yaml", yaml, List.of());
        assertThat(c.warnings()).extracting(Problem::toString).containsExactly(
                "w.yaml:22:5: suppliers[1]: supplier 'Cleon' is 1221 km by road from the site, beyond the 300 km radius");
    }

    @Test
    void otherSupplyMistakes() {
        String yaml = GOOD.replace("parts: [e-motor]", "parts: [e-motr, battery-pack]")
                .replace("distance_km: 230", "distance_km: 230\n    location: {lat: 1, lon: 2}")
                .replace("policy: {every: 4h}", "policy: {every: 4h, reorder_point: 3}");
        assertThat(ConfigErrorsTest.problems(yaml)).containsExactly(
                "bad.yaml:12:5: parts[1]: no supplier delivers part 'e-motor'; list it in the parts of one of the suppliers",
                "bad.yaml:22:5: suppliers[1]: give exactly one of location {lat, lon} or distance_km, got both",
                "bad.yaml:25:13: suppliers[1].parts[0]: unknown part 'e-motr'; did you mean 'e-motor'? (parts: battery-pack, e-motor)",
                "bad.yaml:25:21: suppliers[1].parts[1]: part 'battery-pack' is already delivered by 'AESC Douai'; a part has one supplier",
                "bad.yaml:27:13: suppliers[1].policy: expected either {every: duration} or {reorder_point: n, order_quantity: n}, got both");
    }
}

package io.elsim.line;

import static io.elsim.line.FeederHandCalculationTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.model.CalendarSpec;
import io.elsim.model.LineSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code elsim capacity} for feeders, by hand: a feeder's own calendar scales its capacity by
 * its working hours over the plant's, and parts consumed on a feeder count once per unit.
 */
class FeederCapacityTest {
    private static final double EXACT = 1e-9;

    private static final String PLANT = """
            calendar:
              shifts: [{days: Mon-Fri, from: "06:00", to: "14:00"}]
            stations:
              - {name: body, cycle: 30s}
              - {name: marriage, cycle: 30s}
            feeders:
              - name: packs
                into: marriage
                release: {pull: body}
                calendar:
                  shifts: [{days: Mon-Fri, from: "06:00", to: "22:00"}]
                stations: [{name: pack, cycle: 60s}]
              - {name: frames, into: marriage, release: {pull: body}, stations: [{name: frame, cycle: 40s}]}
            parts:
              - {name: module, station: pack, per_vehicle: 3}
              - {name: bolt, station: body, per_vehicle: 4}
            suppliers:
              - {name: AESC, distance_km: 1, parts: [module, bolt], truck: {capacity: 24}, policy: {every: 1h}}
            """;

    private static Capacity.StationCapacity station(List<Capacity.StationCapacity> list, String name) {
        return list.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The plant works 5 × 8 = 40 h a week, the pack line 5 × 16 = 80 h: its 60 packs per working
     * hour give 60 × 80 / 40 = 120 per hour of the plant's. The frame line follows the plant's
     * calendar: 3600 / 40 = 90, unscaled. Catches the ratio left out or inverted, and a feeder
     * without a calendar compared with a 24/7 week (168 / 40).
     */
    @Test
    void a_feeder_on_its_own_calendar_has_its_capacity_scaled_by_its_hours_over_the_plant_s() {
        List<Capacity.StationCapacity> stations = Capacity.of(spec(PLANT)).stations();
        Capacity.StationCapacity pack = station(stations, "pack");
        assertThat(pack.line()).isEqualTo("packs");
        assertThat(pack.outputCapacityPerHour()).isCloseTo(120, within(EXACT));
        assertThat(pack.capacityPerHour()).isCloseTo(60, within(EXACT));
        assertThat(station(stations, "frame").outputCapacityPerHour()).isCloseTo(90, within(EXACT));
    }

    /**
     * A plant calendar without a working minute (possible only through the API: a config needs
     * a shift) leaves nothing to compare the feeder's hours with: its capacity is its own, 60 an
     * hour, not infinite.
     */
    @Test
    void a_plant_that_never_works_leaves_the_feeder_s_capacity_unscaled() {
        LineSpec s = spec(PLANT);
        LineSpec never = new LineSpec(s.name(), s.seed(), s.horizon(), s.warmup(), new CalendarSpec(52, List.of()),
                s.products(), s.sequence(), s.release(), s.stations(), s.targets(), s.site(), s.logistics(),
                s.parts(), s.suppliers(), s.energy(), s.entry(), s.feeders());
        Capacity.StationCapacity pack = station(FeederCapacity.of(never, new double[] {1}), "pack");
        assertThat(pack.outputCapacityPerHour()).isCloseTo(60, within(EXACT));
    }

    /**
     * With two packs a vehicle: modules are consumed per pack (3), so 2 × 3 = 6 a vehicle; bolts
     * at a main-line station, 4 a vehicle. Catches parts on a feeder counted per vehicle instead of
     * per unit, and feeder units applied to a main-line station.
     */
    @Test
    void parts_consumed_on_a_feeder_count_per_unit() {
        LineSpec s = spec(PLANT.replace("release: {pull: body}\n    calendar",
                "release: {pull: body}\n    per_vehicle: 2\n    calendar"));
        String product = s.products().get(0).name();
        assertThat(FeederCapacity.unitsAt(s, "pack", product)).isEqualTo(2);
        assertThat(FeederCapacity.unitsAt(s, "frame", product)).isEqualTo(1);
        assertThat(FeederCapacity.unitsAt(s, "body", product)).isEqualTo(1);
        List<Capacity.SupplyCapacity> supply = Capacity.of(s).supply();
        assertThat(supply).extracting(Capacity.SupplyCapacity::part).containsExactly("module", "bolt");
        assertThat(supply.get(0).partsPerVehicle()).isCloseTo(2 * 3, within(EXACT));
        assertThat(supply.get(1).partsPerVehicle()).isCloseTo(4, within(EXACT));
    }
}

package io.elsim.line;

import static io.elsim.line.FeederHandCalculationTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elsim.engine.Simulator;
import org.junit.jupiter.api.Test;

/**
 * The diagnoses of a plant that jams for want of units or parts: what the run says when it stops,
 * worked out by hand from constant times. Each message must name the station, the feeder or part
 * and the counts that explain the jam.
 */
class FeederJamTest {

    private static Line line(String yaml) {
        return new Line(spec(yaml), 0);
    }

    /**
     * The feeder pushes R5, Megane, R5, ... into a store of one place; the R5 takes 500 s in
     * paint, so the Megane behind it reaches the marriage first (110 s) and needs a Megane pack,
     * while the store holds the R5's (built at 30 s) and the Megane pack waits in the feeder
     * behind it: the one server waits for ever. Catches a deadlock not seen (the run would idle
     * to its end) and a message in the plural for one server or one unit.
     */
    @Test
    void a_store_full_of_another_vehicle_s_unit_stops_the_run_naming_the_one_server_and_unit() {
        Line line = line("""
                release: {takt: 100s}
                horizon: 1h
                products: {R5: {share: 1}, Megane: {share: 1}}
                sequence: {repeat: [R5, Megane]}
                stations:
                  - {name: paint, cycle: 10s, cycle_by_product: {R5: 500s}, servers: 2}
                  - {name: marriage, cycle: 60s}
                feeders:
                  - {name: packs, into: marriage, release: unlimited, store: 1, stations: [{name: pack, cycle: 30s}]}
                """);
        assertThatThrownBy(line::run).isInstanceOf(Line.Deadlock.class)
                .hasMessage("deadlock at station 'marriage': its server holds a vehicle waiting for a unit of feeder"
                        + " 'packs', whose store is full (1 unit) of units for other vehicles, so the feeder is blocked"
                        + " and none can ever come; give the store more places (units wait there for vehicles that come"
                        + " later, or that overtook others on the way), or use match: any");
        assertThat(line.now()).isEqualTo(110);
    }

    /**
     * Three R5 then two Megane: the store (3 places) fills with the R5 packs at 30, 60 and 90 s
     * while the R5 bodies spend 5000 s in paint. The first Megane takes one of the marriage's two
     * servers at 310 s: the store is full of other units but the second server is free, so this is
     * no deadlock yet. The second Megane takes it at 410 s: both servers wait. Catches a deadlock
     * declared while a server is still free, and the singular for two servers or three units.
     */
    @Test
    void both_servers_waiting_on_a_full_store_stop_the_run_only_when_the_second_one_waits() {
        Line line = line("""
                release: {takt: 100s}
                horizon: 1h
                products: {R5: {share: 3}, Megane: {share: 2}}
                sequence: {repeat: [R5, R5, R5, Megane, Megane]}
                stations:
                  - {name: paint, cycle: 10s, cycle_by_product: {R5: 5000s}, servers: 5}
                  - {name: marriage, cycle: 60s, servers: 2}
                feeders:
                  - {name: packs, into: marriage, release: unlimited, store: 3, stations: [{name: pack, cycle: 30s}]}
                """);
        assertThatThrownBy(line::run).isInstanceOf(Line.Deadlock.class)
                .hasMessageStartingWith("deadlock at station 'marriage': each of its 2 servers holds a vehicle waiting"
                        + " for a unit of feeder 'packs', whose store is full (3 units) of units for other vehicles");
        assertThat(line.now()).isEqualTo(410);
    }

    /**
     * Nothing left to happen: the marriage needs a frame, a pack and a seat for each vehicle
     * (pulled at `body`). An R5 pack goes from `kit` to `pack`, which needs 2 modules with 1 in
     * stock; a Megane pack goes from `kit` into the store. A seat needs 3 fabrics with 2 in stock.
     * The reorder points (0) are never reached, so no truck comes. The first vehicle (R5) holds
     * the marriage from 60 s: its frame is built (10 s) but its pack and seat never come; the
     * Megane behind it stays at `body`, its pack in the store, its seat order behind the first. The report names, after the two vehicles in the line, what the marriage lacks
     * (not the frame) and what each feeder station lacks. Catches a shortage that names what is
     * there, leaves out what is missing, or runs the items together.
     */
    @Test
    void a_jam_at_the_end_of_the_run_names_the_missing_units_and_the_parts_behind_them() {
        Line line = line("""
                horizon: 1h
                products: {R5: {share: 1}, Megane: {share: 1}}
                sequence: {repeat: [R5, Megane]}
                stations:
                  - {name: body, cycle: 60s}
                  - {name: marriage, cycle: 60s}
                feeders:
                  - {name: frames, into: marriage, release: {pull: body}, match: any, stations: [{name: frame, cycle: 10s}]}
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations:
                      - {name: kit, cycle: 10s, routes: [{to: pack, products: [R5]}, {to: end}]}
                      - {name: pack, cycle: 10s}
                  - {name: seats, into: marriage, release: {pull: body}, stations: [{name: seat, cycle: 10s}]}
                parts:
                  - {name: module, station: pack, per_vehicle: 2, stock: {initial: 1, capacity: 2}}
                  - {name: fabric, station: seat, per_vehicle: 3, stock: {initial: 2, capacity: 3}}
                suppliers:
                  - name: AESC
                    distance_km: 1
                    parts: [module, fabric]
                    truck: {capacity: 2}
                    policy: {reorder_point: 0, order_quantity: 1}
                """);
        assertThatThrownBy(line::run).isInstanceOf(Line.Deadlock.class)
                .hasMessage("deadlock: 2 vehicles are in the line and no event is left that could ever move one;"
                        + " station 'marriage' waits for a unit of feeder 'packs' (its store holds 1, none for this"
                        + " vehicle), a unit of feeder 'seats' (its store holds 0, none for this vehicle);"
                        + " station 'pack' waits for part 'module' (needs 2, stock 1);"
                        + " station 'seat' waits for part 'fabric' (needs 3, stock 2)");
    }

    /**
     * A station consuming three parts: nuts (plenty), wheels (5 a vehicle, 4 in stock) and bolts
     * (2 a vehicle, 1 in a stock of at most 2); no reorder point is ever reached. The first
     * vehicle waits at `chassis` from 60 s, the second behind it at `body`. The report names
     * wheels and bolts, in that order, not nuts; a stock that can hold what a vehicle needs (the
     * bolts' 2 of 2) gets no remark that it cannot (a config refuses a stock that small).
     */
    @Test
    void a_parts_jam_names_each_short_part_and_only_those() {
        Line line = line("""
                horizon: 1h
                stations:
                  - {name: body, cycle: 60s}
                  - {name: chassis, cycle: 50s}
                parts:
                  - {name: nut, station: chassis, per_vehicle: 1, stock: {initial: 10, capacity: 10}}
                  - {name: wheel, station: chassis, per_vehicle: 5, stock: {initial: 4, capacity: 8}}
                  - {name: bolt, station: chassis, per_vehicle: 2, stock: {initial: 1, capacity: 2}}
                suppliers:
                  - name: tyres
                    distance_km: 10
                    parts: [nut, wheel, bolt]
                    truck: {capacity: 4}
                    policy: {reorder_point: 0, order_quantity: 2}
                """);
        assertThatThrownBy(line::run).isInstanceOf(Line.Deadlock.class)
                .hasMessage("deadlock: 2 vehicles are in the line and no event is left that could ever move one;"
                        + " station 'chassis' waits for part 'wheel' (needs 5, stock 4), part 'bolt' (needs 2, stock 1)");
    }

    /**
     * A runaway check that trips while only a feeder's calendar has events left: the line is off
     * shift all six days (its one shift is on Sunday night), the feeder (on 00:00-12:00 every day)
     * fills its store of one and blocks within 60 s, after which its shift changes every 12 h
     * are the only events. With a budget of 5 events the guard trips at the sixth, a shift
     * change, and the events after it are all shift changes: the busiest is the feeder's
     * calendar, named as such.
     */
    @Test
    void a_feeder_calendar_named_as_the_busiest_owner_of_events() {
        Line line = line("""
                horizon: 6d
                calendar:
                  shifts: [{days: Sun, from: "23:00", to: "23:30"}]
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: packs
                    into: marriage
                    release: unlimited
                    store: 1
                    calendar:
                      shifts: [{days: Mon-Sun, from: "00:00", to: "12:00"}]
                    stations:
                      - {name: pack, cycle: 30s}
                """);
        line.setMaxEvents(5);
        assertThatThrownBy(line::run).isInstanceOfSatisfying(Simulator.EventLimitExceeded.class,
                e -> assertThat(e.busiest()).isEqualTo("the calendar of feeder 'packs'"));
    }
}

package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeder lines through the command line: what a wrong feeder gets (exit 2, file:line:column). */
class FeederConfigTest {
    @TempDir Path dir;

    private static final String MAIN = """
            release: {takt: 60s}
            stations:
              - {name: paint, cycle: 50s}
              - {name: marriage, cycle: 50s}
              - {name: final, cycle: 50s}
            """;

    private Cli validate(String feeders) throws IOException {
        Path p = dir.resolve("f.yaml");
        Files.writeString(p, MAIN + feeders);
        return Cli.run("validate", p.toString());
    }

    private static void refused(Cli r, String message) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_well_formed_feeder_validates() throws IOException {
        Cli r = validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: [{name: pack, cycle: 40s}]}
                """);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void an_unknown_into_is_refused_with_a_suggestion() throws IOException {
        refused(validate("""
                feeders:
                  - {name: packs, into: mariage, release: {pull: paint}, stations: [{name: pack, cycle: 40s}]}
                """), "f.yaml:7:25: feeders[0].into: unknown station 'mariage'; the station where the units are fitted must be a"
                + " main-line station; did you mean 'marriage'?");
    }

    @Test
    void per_product_quantities_name_known_products_and_not_all_zero() throws IOException {
        Cli r = validate("""
                products: {R5: {share: 0.5}, Megane: {share: 0.5}}
                feeders:
                  - {name: packs, into: marriage, per_vehicle: {R5: 0, Megane: 0}, release: {pull: paint}, stations: [{name: pack, cycle: 40s}]}
                  - {name: seats, into: final, per_vehicle: {R4: 1}, release: {pull: paint}, stations: [{name: seat, cycle: 40s}]}
                """);
        refused(r, "f.yaml:8:48: feeders[0].per_vehicle: no product needs this feeder's units (every quantity is 0)");
        assertThat(r.err()).contains("f.yaml:9:46: feeders[1].per_vehicle: unknown product 'R4'; did you mean 'R5'?"
                + " (products: R5, Megane)");
    }

    @Test
    void into_a_feeder_s_station_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: [{name: pack, cycle: 40s}]}
                  - {name: modules, into: pack, release: {pull: paint}, stations: [{name: stack, cycle: 40s}]}
                """), "f.yaml:8:27: feeders[1].into: 'pack' is a station of feeder 'packs'");
    }

    @Test
    void a_split_station_the_vehicle_never_visits_before_into_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - {name: doors, into: marriage, split_from: final, stations: [{name: door-line, cycle: 40s}]}
                """), "f.yaml:7:47: feeders[0].split_from: a vehicle can reach 'marriage' without passing 'final'");
        refused(validate("""
                feeders:
                  - {name: doors, into: marriage, split_from: marriage, stations: [{name: door-line, cycle: 40s}]}
                """), "feeders[0].split_from: 'marriage' is the station fitting the units");
    }

    @Test
    void a_split_station_on_one_of_two_branches_is_refused() throws IOException {
        Path p = dir.resolve("branch.yaml");
        Files.writeString(p, """
                release: {takt: 60s}
                stations:
                  - {name: paint, cycle: 50s, routes: [{to: a, share: 0.5}, {to: b}]}
                  - {name: a, cycle: 50s, next: marriage}
                  - {name: b, cycle: 50s, next: marriage}
                  - {name: marriage, cycle: 50s}
                feeders:
                  - {name: doors, into: marriage, split_from: a, stations: [{name: door-line, cycle: 40s}]}
                """);
        refused(Cli.run("validate", p.toString()),
                "branch.yaml:8:47: feeders[0].split_from: a vehicle can reach 'marriage' without passing 'a'");
    }

    @Test
    void match_vehicle_without_split_from_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - name: packs
                    into: marriage
                    match: vehicle
                    release: {pull: paint}
                    stations: [{name: pack, cycle: 40s}]
                """), "f.yaml:9:12: feeders[0].match: 'vehicle' matches a vehicle with its own unit, which only"
                + " split_from gives it");
    }

    @Test
    void a_pull_station_off_the_main_line_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: stak}, stations: [{name: stack, cycle: 40s}]}
                """), "f.yaml:7:51: feeders[0].release.pull: unknown station 'stak'");
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: stack}, stations: [{name: stack, cycle: 40s}]}
                """), "f.yaml:7:51: feeders[0].release.pull: 'stack' is a station of feeder 'packs'; the station"
                + " whose leaving vehicles start units must be on the main line");
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: final}, stations: [{name: stack, cycle: 40s}]}
                """), "feeders[0].release.pull: a vehicle can reach 'marriage' without passing 'final'");
    }

    @Test
    void a_feeder_without_stations_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}}
                """), "f.yaml:7:5: feeders[0]: missing required key 'stations'");
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: []}
                """), "f.yaml:7:69: feeders[0].stations: the list is empty");
    }

    @Test
    void release_and_split_from_together_or_neither_are_refused() throws IOException {
        refused(validate("""
                feeders:
                  - {name: d, into: marriage, release: {pull: paint}, split_from: paint, stations: [{name: s, cycle: 4s}]}
                """), "feeders[0]: give exactly one of release");
        refused(validate("""
                feeders:
                  - {name: d, into: marriage, stations: [{name: s, cycle: 4s}]}
                """), "feeders[0]: give exactly one of release");
    }

    @Test
    void station_names_are_unique_over_the_main_line_and_the_feeders() throws IOException {
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: [{name: Paint, cycle: 40s}]}
                """), "feeders[0].stations[0].name: duplicate station name 'Paint' (first used at line 3)");
    }

    @Test
    void a_feeder_route_to_a_main_line_station_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - name: packs
                    into: marriage
                    release: {pull: paint}
                    stations: [{name: pack, cycle: 40s, next: final}]
                """), "feeders[0].stations[0].next: unknown station 'final'");
    }

    /**
     * The same config and seed give byte-identical reports whatever --threads is, with feeders
     * pulled, pushed on their own calendar and split (their units draw from their own streams).
     */
    @Test
    void reports_with_feeders_are_identical_whatever_the_threads() throws IOException {
        Path p = dir.resolve("det.yaml");
        Files.writeString(p, """
                release: {interarrival: {exponential: {mean: 70s}}}
                horizon: 40h
                calendar:
                  shifts: [{days: Mon-Fri, from: "06:00", to: "22:00"}]
                products: {R5: {share: 0.7}, Megane: {share: 0.3}}
                stations:
                  - {name: removal, cycle: {exponential: {mean: 40s}}, buffer: 20}
                  - {name: marriage, cycle: {exponential: {mean: 45s}}, buffer: 5}
                  - {name: fitting, cycle: {exponential: {mean: 40s}}, buffer: 5}
                feeders:
                  - name: packs
                    into: marriage
                    release: {pull: removal}
                    stations: [{name: pack, cycle: {lognormal: {mean: 50s, cv: 0.3}}, servers: 2, scrap: 0.01}]
                  - name: seats
                    into: fitting
                    release: {takt: 50s}
                    match: any
                    store: 30
                    calendar: {shifts: [{days: Mon-Sun, from: "00:00", to: "00:00"}]}
                    stations: [{name: seat, cycle: {exponential: {mean: 45s}}}]
                  - name: doors
                    into: fitting
                    split_from: removal
                    stations: [{name: door-line, cycle: {uniform: {min: 10min, max: 30min}}, servers: 30}]
                """);
        Cli one = Cli.run("run", p.toString(), "--replications", "3", "--threads", "1", "--format", "csv",
                "--table", "feeders", "-q");
        Cli three = Cli.run("run", p.toString(), "--replications", "3", "--threads", "3", "--format", "csv",
                "--table", "feeders", "-q");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).contains("packs,marriage,").contains("doors,fitting,").isEqualTo(three.out());
        Cli json1 = Cli.run("run", p.toString(), "--threads", "1", "--format", "json", "-q");
        Cli json2 = Cli.run("run", p.toString(), "--threads", "2", "--format", "json", "-q");
        assertThat(json1.out().replaceAll("\"wall_seconds\" : [0-9.eE-]+", ""))
                .isEqualTo(json2.out().replaceAll("\"wall_seconds\" : [0-9.eE-]+", ""));
    }

    /**
     * A push feeder builds in the line's mix from its own random stream, so a store of one place
     * soon holds a pack for the other product than the vehicle at the marriage needs: the feeder
     * blocks, the line jams, and the run stops with exit 2 saying what the marriage waits for.
     */
    @Test
    void a_store_full_of_the_wrong_product_stops_the_run_saying_why() throws IOException {
        Path p = dir.resolve("jam.yaml");
        Files.writeString(p, """
                release: {takt: 60s}
                horizon: 10h
                products: {R5: {share: 0.5}, Megane: {share: 0.5}}
                stations:
                  - {name: marriage, cycle: 50s}
                feeders:
                  - {name: packs, into: marriage, release: unlimited, store: 1, stations: [{name: pack, cycle: 30s}]}
                """);
        Cli r = Cli.run("run", p.toString(), "-q");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("deadlock at station 'marriage': its server holds a vehicle waiting for a unit"
                + " of feeder 'packs', whose store is full (1 unit)").doesNotContain("\tat ");
    }

    /** The terminal's stations table lists the main line, then each feeder under its own heading. */
    @Test
    void the_terminal_groups_the_stations_by_line() throws IOException {
        Path p = dir.resolve("groups.yaml");
        Files.writeString(p, MAIN + """
                horizon: 2h
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: [{name: pack, cycle: 40s}]}
                """);
        Cli r = Cli.run("run", p.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.List<String> lines = r.out().lines().toList();
        int heading = lines.indexOf("(feeder packs)");
        assertThat(heading).isPositive();
        assertThat(lines.get(heading - 1)).startsWith("final ");
        assertThat(lines.get(heading + 1)).startsWith("pack ");
        Cli csv = Cli.run("run", p.toString(), "-q", "--format", "csv", "--table", "stations");
        assertThat(csv.out()).contains("\npack,packs,").contains("\nmarriage,main,").doesNotContain("(feeder");
    }

    /** --trace shows a pulled unit's visits under the vehicle it was built for. */
    @Test
    void the_trace_names_a_unit_by_its_vehicle() throws IOException {
        Path p = dir.resolve("trace.yaml");
        Files.writeString(p, MAIN + """
                horizon: 1h
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: [{name: pack, cycle: 40s}]}
                """);
        Path trace = dir.resolve("t.csv");
        Cli r = Cli.run("run", p.toString(), "-q", "--trace", trace.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // paint is blocked behind the marriage (50 s plus the wait for each pack): vehicle 3 starts at
        // paint at 200 s and finishes at 250 s, when its pack starts, built in 40 s
        assertThat(Files.readString(trace)).contains("\n3,vehicle,paint,1,200,200,250,280,")
                .contains("\n3,vehicle,pack,1,250,250,290,290,");
    }

    @Test
    void an_unlimited_push_into_an_unlimited_store_is_refused() throws IOException {
        refused(validate("""
                feeders:
                  - {name: packs, into: marriage, release: unlimited, stations: [{name: pack, cycle: 40s}]}
                """), "feeders[0].release: 'unlimited' with an unlimited store would build units without end");
    }
}

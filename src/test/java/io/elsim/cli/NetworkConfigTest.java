package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing keys through the command line: hostile graphs, a jammed loop, determinism whatever --threads. */
class NetworkConfigTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Cli validate(String yaml) throws IOException {
        return Cli.run("validate", write("net.yaml", yaml).toString());
    }

    @Test
    void a_self_loop_without_exit_is_an_error_at_its_next() throws IOException {
        Cli r = validate("""
                release: {takt: 60s}
                stations:
                  - {name: a, cycle: 50s, next: a}
                  - {name: b, cycle: 50s}
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("net.yaml:3:33: stations[0]: from station 'a' no route leads to end");
    }

    @Test
    void an_unknown_target_is_an_error_with_a_suggestion() throws IOException {
        Cli r = validate("""
                release: {takt: 60s}
                stations:
                  - name: a
                    cycle: 50s
                    routes:
                      - {to: bb}
                  - {name: b, cycle: 50s}
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("net.yaml:6:14: stations[0].routes[0].to: unknown station 'bb'; did you mean 'b'?");
        Cli next = validate("release: {takt: 60s, to: x}\nstations:\n  - {name: a, cycle: 50s, next: nowhere}\n");
        assertThat(next.err()).contains("net.yaml:1:26: release.to: unknown station 'x'")
                .contains("net.yaml:3:33: stations[0].next: unknown station 'nowhere'");
    }

    @Test
    void shares_of_seven_tenths_twice_are_an_error() throws IOException {
        Cli r = validate("""
                release: {takt: 60s}
                stations:
                  - name: a
                    cycle: 50s
                    routes:
                      - {to: b, share: 0.7}
                      - {to: end, share: 0.7}
                  - {name: b, cycle: 50s}
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("net.yaml:6:7: stations[0].routes: the shares sum to 1.4, not 1");
    }

    @Test
    void a_product_that_no_route_serves_is_an_error() throws IOException {
        Cli r = validate("""
                products: {R5: {share: 0.7}, R4: {share: 0.3}}
                release: {takt: 60s}
                stations:
                  - name: a
                    cycle: 50s
                    routes:
                      - {to: b, products: [R5]}
                  - {name: b, cycle: 50s}
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("net.yaml:7:7: stations[0].routes: no route for product 'R4' at station 'a'");
    }

    @Test
    void unreachable_stations_next_and_routes_together_and_a_station_named_end_are_errors() throws IOException {
        Cli r = validate("""
                release: {takt: 60s}
                stations:
                  - {name: a, cycle: 50s, next: end}
                  - {name: b, cycle: 50s, next: c}
                  - {name: c, cycle: 50s, next: end}
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("net.yaml:4:12: stations[1]: station 'b' is never reached")
                .contains("net.yaml:5:12: stations[2]: station 'c' is never reached");
        Cli both = validate("stations:\n  - {name: a, cycle: 5s, buffer: 1, next: end, routes: [{to: end}]}\n");
        assertThat(both.err()).contains("net.yaml:2:56: stations[0]: give 'next' (one successor) or 'routes'");
        Cli end = validate("stations:\n  - {name: a, cycle: 5s, buffer: 1, next: end}\n  - {name: end, cycle: 5s}\n");
        assertThat(end.err()).contains("net.yaml:3:12: stations[1].name: 'end' is where routes leave the plant");
        Cli shareFirstFree = validate("stations:\n  - {name: a, cycle: 5s, buffer: 1, routing: first-free,"
                + " routes: [{to: end, share: 0.5}, {to: end}]}\n");
        assertThat(shareFirstFree.err()).contains("shares apply only to routing: share, not first-free");
    }

    @Test
    void a_jammed_loop_stops_the_run_with_exit_2_naming_the_stations() throws IOException {
        Path cfg = write("jam.yaml", """
                horizon: 1w
                stations:
                  - {name: body, cycle: {exponential: {mean: 50s}}}
                  - {name: test, cycle: {exponential: {mean: 50s}}, routes: [{to: fix, share: 0.5}, {to: end}]}
                  - {name: fix, cycle: {exponential: {mean: 50s}}, next: test}
                """);
        Cli r = Cli.run("run", cfg.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("deadlock in a loop: stations 'test', 'fix' are full")
                .contains("(blocked behind them: 'body')").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_network_report_is_the_same_whatever_threads() throws IOException {
        Path cfg = write("plant.yaml", """
                horizon: 2d
                seed: 5
                products: {R5: {share: 0.7}, R4: {share: 0.3}}
                release: {interarrival: {exponential: {mean: 60s}}}
                stations:
                  - name: paint
                    cycle: 45s
                    routing: shortest-queue
                    routes: [{to: trim-a}, {to: trim-b}]
                  - {name: trim-a, cycle: {exponential: {mean: 80s}}, buffer: 2, next: roof}
                  - {name: trim-b, cycle: {exponential: {mean: 80s}}, buffer: 2, next: roof}
                  - name: roof
                    cycle: 10s
                    buffer: 3
                    routes: [{to: bonding, products: [R4]}, {to: eol}]
                  - {name: bonding, cycle: 120s, buffer: 3}
                  - name: eol
                    cycle: 40s
                    buffer: 4
                    routes: [{to: repair, share: 0.05}, {to: end}]
                  - {name: repair, cycle: {exponential: {mean: 15min}}, servers: 2, buffer: unlimited, next: eol}
                """);
        Cli one = Cli.run("run", cfg.toString(), "--replications", "3", "--threads", "1", "--format", "json");
        Cli three = Cli.run("run", cfg.toString(), "--replications", "3", "--threads", "3", "--format", "json");
        assertThat(one.exit()).isZero();
        assertThat(strip(three.out())).isEqualTo(strip(one.out()));
        assertThat(one.out()).contains("\"visits_per_vehicle\"").contains("\"line\": \"main\"");
    }

    /** wall_seconds is the only field allowed to differ between runs. */
    private static String strip(String json) {
        return json.replaceAll("\"wall_seconds[^,\\n]*,?", "");
    }
}

package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Models that would never finish are stopped quickly, with exit 2 and the station to blame. */
class RunawayModelTest {
    @TempDir Path dir;

    private Path write(String yaml) throws IOException {
        Path p = dir.resolve("runaway.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    private static Cli run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(args));
    }

    @Test
    void maxEventsNamesTheStationThatFloodsTheCalendar() throws IOException {
        // 1 ns cycles are harmless alone; a failure clock with a 1 ns mean floods the calendar
        Path cfg = write("""
                horizon: 1w
                release: {takt: 60s}
                stations:
                  - {name: body, cycle: 50s}
                  - {name: flaky, cycle: 40s, buffer: 2, failures: {mtbf: 0.000000001, mttr: 0.000000001, basis: calendar}}
                  - {name: paint, cycle: 30s, buffer: 2}
                """);
        Cli r = run("run", cfg.toString(), "--max-events", "200000", "--no-progress");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("elsim: stopped a runaway model: more than 200000 events by simulated time")
                .contains("busiest: station 'flaky' (")
                .contains("--max-events")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theEventRateGuardStopsAZeroTimeLoopWithinSeconds() throws IOException {
        Path cfg = write("""
                horizon: 1w
                release: unlimited
                stations:
                  - {name: loader, cycle: 0, buffer: 1}
                  - {name: sink, cycle: 0, buffer: 1}
                """);
        long start = System.nanoTime();
        Cli r = run("run", cfg.toString(), "--no-progress");
        double wall = (System.nanoTime() - start) / 1e9;
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("elsim: stopped a runaway model: ")
                .contains("events per simulated second")
                .containsPattern("busiest: (station 'loader'|station 'sink'|the release)")
                .contains("--max-event-rate")
                .doesNotContain("Exception");
        System.out.printf("zero-time loop stopped after %.2f s wall: %s%n", wall, r.err().strip());
    }

    /**
     * Nanosecond stations behind a 50 s one are not a runaway: they fire an event per vehicle,
     * one vehicle per 50 s, so the guard (1000 events per simulated second here) must not trip.
     * By hand: body completes at 50k s and the vehicle leaves nano and paint nanoseconds later,
     * so a week (604,800 s) completes k = 1 … 12,095 (the 12,096th is due just after the end),
     * with 3 timer events per vehicle.
     */
    @Test
    void nanosecondStationsBehindASlowOneDoNotTripTheRateGuard() throws IOException {
        Path cfg = write("""
                horizon: 1w
                release: unlimited
                stations:
                  - {name: body, cycle: 50s, buffer: 1}
                  - {name: nano, cycle: 0.000000001, servers: 1}
                  - {name: paint, cycle: {exponential: {mean: 0.000000001}}, buffer: 1}
                """);
        Cli r = run("run", cfg.toString(), "--no-progress", "--max-event-rate", "1000", "--format", "csv", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] header = r.out().lines().findFirst().orElseThrow().split(",");
        String[] row = r.out().lines().skip(1).findFirst().orElseThrow().split(",");
        int completed = java.util.Arrays.asList(header).indexOf("vehicles_completed");
        int events = java.util.Arrays.asList(header).indexOf("events");
        assertThat(Long.parseLong(row[completed])).isEqualTo(12_095);
        assertThat(Long.parseLong(row[events])).isBetween(3 * 12_095L, 3 * 12_096L + 10);
    }

    @Test
    void aRateGuardSetTooLowStopsEvenAnOrdinaryModel() throws IOException {
        Path cfg = write("""
                horizon: 4w
                release: unlimited
                stations:
                  - {name: fast, cycle: 0.00001, buffer: 1}
                """);
        Cli r = run("run", cfg.toString(), "--no-progress", "--max-event-rate", "1000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("busiest: ").contains("station 'fast'");
    }

    @Test
    void aReorderPointBelowOneVehiclesNeedIsADeadlock() throws IOException {
        // 4 wheels on hand, 5 per vehicle: the stock position (4) never falls to the reorder point (2), so no truck comes
        Path cfg = write("""
                horizon: 1w
                release: unlimited
                stations:
                  - {name: body, cycle: 60s, buffer: 2}
                  - {name: chassis, cycle: 50s, buffer: 2}
                parts:
                  - {name: wheel, station: chassis, per_vehicle: 5, stock: {initial: 4, capacity: 8}}
                suppliers:
                  - {name: tyres, distance_km: 10, parts: [wheel], truck: {capacity: 4}, policy: {reorder_point: 2, order_quantity: 4}}
                """);
        Cli r = run("run", cfg.toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("elsim: deadlock: ")
                .contains("station 'chassis' waits for part 'wheel' (needs 5, stock 4")
                .doesNotContain("Exception");
    }

    @Test
    void anUnlimitedBufferThatGrowsWithoutEndStopsTheRun() throws IOException {
        // 100 vehicles a second into a station that takes 2 s: the buffer gains 99.5 a second, 2^20 in under 3 hours
        Path cfg = write("""
                horizon: 1w
                release: {takt: 0.01s}
                stations:
                  - {name: body, cycle: 0.01s}
                  - {name: paint, cycle: 2s, buffer: unlimited}
                """);
        Cli r = run("run", cfg.toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("elsim: the unlimited buffer in front of station 'paint' holds 1048576 vehicles")
                .doesNotContain("Exception");

        Path huge = write(Files.readString(cfg).replace("buffer: unlimited", "buffer: 1000000000"));
        Cli finite = run("run", huge.toString(), "--no-progress");
        assertThat(finite.exit()).isEqualTo(2);
        assertThat(finite.err()).startsWith("elsim: the buffer (capacity 1000000000) in front of station 'paint' holds 1048576");
    }
}

package io.elsim.validation;

import io.elsim.engine.Simulator;
import io.elsim.line.Line;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run guards set on a line reach its simulator; the event count leaves the energy meter out. */
class LineGuardsTest {
    private static final String LINE = """
            name: one station
            horizon: %s
            stations:
              - {name: s, cycle: 1s%s}
            """;

    @Test
    void an_event_budget_stops_the_line() {
        Line line = new Line(ConfigRuns.spec(LINE.formatted("1h", "")), 0);
        line.setMaxEvents(100);
        assertThatThrownBy(line::run).isInstanceOf(Simulator.EventLimitExceeded.class)
                .hasMessageStartingWith("more than 100 events by simulated time ");
    }

    /** The guard names the busiest event's owner: the station, and its server when it has several. */
    @Test
    void the_guard_names_the_station_and_the_server_keeping_the_calendar_busy() {
        Line one = new Line(ConfigRuns.spec(LINE.formatted("1h", "")), 0);
        one.setMaxEvents(100);
        assertThatThrownBy(one::run).isInstanceOf(Simulator.EventLimitExceeded.class)
                .hasMessageContaining("busiest: station 's' (cycle/setup timer)");
        Line two = new Line(ConfigRuns.spec(LINE.formatted("1h", ", servers: 2")), 0);
        two.setMaxEvents(100);
        assertThatThrownBy(two::run).isInstanceOf(Simulator.EventLimitExceeded.class)
                .hasMessageMatching("(?s).*busiest: station 's' server [12] \\(cycle/setup timer\\).*");
    }

    /** A vehicle a second makes at least one event a second: a limit of 0.5 per second trips after one window. */
    @Test
    void an_event_rate_limit_stops_the_line() {
        Line line = new Line(ConfigRuns.spec(LINE.formatted("30d", "")), 0);
        line.setMaxEventRate(0.5);
        assertThatThrownBy(line::run).isInstanceOf(Simulator.EventLimitExceeded.class)
                .hasMessageContaining("more than the 0.500 allowed");
    }

    /** The energy meter's readings are events of the simulator but not of the model. */
    @Test
    void the_event_count_is_the_same_with_and_without_the_energy_meter() {
        Line plain = new Line(ConfigRuns.spec(LINE.formatted("1h", "")), 0);
        plain.run();
        Line metered = new Line(ConfigRuns.spec(LINE.formatted("1h", ", power_kw: 10")), 0);
        metered.run();
        assertThat(metered.events()).isEqualTo(plain.events());
        assertThat(plain.events()).isGreaterThanOrEqualTo(3600);
        assertThat(plain.now()).isEqualTo(3600.0);
    }
}

package io.elsim.line;

import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A station's own bookkeeping, on deterministic lines worked out event by event. */
class StationByHandTest {

    /**
     * Release every 20 s into a dispatcher of 0 s, shortest-queue to a (100 s) and b (10 s), no
     * buffers. At 0 both are empty: a tie, so a (listed first). At 20, 40, 60, 80 a holds its
     * vehicle and b is empty again (it needs 10 s): b. At 100 a finishes first (its end was
     * scheduled earlier than the release at 100) and both are empty: a again. So in every
     * 100 s a takes 1 vehicle and b 4; by 1000 s a has finished the vehicles of 0 … 900 (10)
     * and b those of the other 40 releases up to 980.
     */
    @Test
    void shortest_queue_counts_the_vehicles_a_station_holds() {
        StationSpec d = StationSpec.simple("dispatch", c(0), 1, 0).withRoutes(Routing.SHORTEST_QUEUE,
                List.of(RouteSpec.to("a"), RouteSpec.to("b")));
        StationSpec a = StationSpec.simple("a", c(100), 1, 0).withRoutes(Routing.SHARE, List.of(RouteSpec.to(RouteSpec.END)));
        StationSpec b = StationSpec.simple("b", c(10), 1, 0);
        Line line = new Line(LineSpec.of("sq", 1, 1000, 0, new ReleaseSpec.Takt(20), List.of(d, a, b)), 0);
        line.run();
        Replications.checkInvariants(line);
        assertThat(line.stations().get(1).processed()).isEqualTo(10);
        assertThat(line.stations().get(2).processed()).isEqualTo(40);
    }

    /**
     * An idle server that breaks down takes no vehicle until repaired: the vehicle waits in the
     * buffer. s0 (100 s) feeds s1 (10 s, 5 places) from an unlimited release; s1 fails on the
     * calendar 150 s after each repair and is repaired in 100 s: down 150–250, 400–500, 650–750,
     * 900–1000, each time idle. The failure at 400 and 900 and the repair at 500 and 1000 fire
     * before the arrival at the same instant (scheduled earlier). In the buffer: vehicle 2 over
     * 200–250, 4 over 400–500, 5 over 500–510 (the server is on vehicle 4), 7 over 700–750, 9 over
     * 900–1000: 310 vehicle-seconds in 1000 s.
     */
    @Test
    void an_idle_server_that_is_down_leaves_arriving_vehicles_in_the_buffer() {
        FailureSpec f = new FailureSpec(c(150), c(100), FailureSpec.Basis.CALENDAR);
        StationSpec s0 = StationSpec.simple("s0", c(100), 1, 0);
        StationSpec s1 = new StationSpec("s1", c(10), Map.of(), 1, 0, 5, f, null, null, 0);
        Line line = new Line(LineSpec.of("down", 1, 1000, 0, new ReleaseSpec.Unlimited(), List.of(s0, s1)), 0);
        line.run();
        Replications.checkInvariants(line);
        StationStats st = line.stations().get(1);
        assertThat(st.failures()).isEqualTo(4);
        assertThat(st.stateSeconds(ServerState.DOWN)).isCloseTo(400, within(1e-9));
        assertThat(st.bufferMean(1000)).isCloseTo(0.31, within(1e-12));
        assertThat(st.bufferMax()).isEqualTo(1);
    }

    /**
     * One station of 50 s, failing after every 100 s of work (busy basis), repaired in 30 s,
     * unlimited release. Vehicle 1 works 0–50, vehicle 2 50–100: the failure is due exactly as
     * vehicle 2 finishes, so it leaves at 100 and the station fails at 100 with vehicle 3, which
     * works 130–180. The pattern repeats every 130 s: departures at 50 + 130j and 100 + 130j, a
     * failure at 100 + 130j. By 1150: 9 + 9 departures, 9 failures, down 8·30 + 10 = 250 s.
     */
    @Test
    void a_failure_due_exactly_at_the_end_of_a_cycle_lets_the_vehicle_leave_first() {
        FailureSpec f = new FailureSpec(c(100), c(30), FailureSpec.Basis.BUSY);
        StationSpec s = new StationSpec("s", c(50), Map.of(), 1, 0, 0, f, null, null, 0);
        Line line = new Line(LineSpec.of("fail", 1, 1150, 0, new ReleaseSpec.Unlimited(), List.of(s)), 0);
        line.run();
        Replications.checkInvariants(line);
        StationStats st = line.stations().get(0);
        assertThat(line.sink().completed()).isEqualTo(18);
        assertThat(st.failures()).isEqualTo(9);
        assertThat(st.stateSeconds(ServerState.DOWN)).isCloseTo(250, within(1e-9));
        assertThat(st.meanCycleSeconds()).isCloseTo(50, within(1e-12));
    }
}

package io.elsim.line;

import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The buffer's store on its own, worked by hand: order kept across the ring's wrap-around and
 * growth, removal from the middle, full time, and the queues of waiting putters and takers.
 * The theory tests reach these paths only in some layouts, so a slip in the ring arithmetic
 * (which shows only once the head has moved) could otherwise pass them.
 */
class StoreTest {
    private static final double EPS = 1e-12;

    private static List<Integer> drain(Store<Integer> s, double now) {
        List<Integer> out = new ArrayList<>();
        for (Integer i; (i = s.poll(now)) != null; ) out.add(i);
        return out;
    }

    @Test
    void keeps_first_in_first_out_when_it_grows_with_its_head_wrapped() {
        Store<Integer> s = new Store<>("b", StationSpec.UNLIMITED, "in front of station 's'");
        for (int i = 0; i < 10; i++) s.add(i, 0);
        for (int i = 0; i < 8; i++) assertThat(s.poll(0)).isEqualTo(i);
        // 8 and 9 sit at the ring's slots 8 and 9 of 16; 10..23 fill the slots after and wrap round
        for (int i = 10; i < 24; i++) s.add(i, 0);
        assertThat(s.size()).isEqualTo(16);
        s.add(24, 0); // a full ring of 16 with its head at slot 8 grows
        assertThat(s.get(0)).isEqualTo(8);
        assertThat(s.get(16)).isEqualTo(24);
        assertThat(drain(s, 0)).containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24);
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void removes_from_the_middle_keeping_the_rest_in_order_and_books_the_full_time() {
        Store<Integer> s = new Store<>("b", 4, "here");
        s.add(1, 0);
        s.add(2, 0);
        s.add(3, 0);
        assertThat(s.poll(1)).isEqualTo(1);   // head moves to slot 1
        s.add(4, 1);
        s.add(5, 2);                          // slots 1,2,3,0 = 2,3,4,5: full from t = 2
        assertThat(s.isFull()).isTrue();
        assertThat(s.remove(2, 5)).isEqualTo(4);   // full 2..5
        assertThat(s.isFull()).isFalse();
        s.add(6, 6);                          // full again from 6
        assertThat(List.of(s.get(0), s.get(1), s.get(2), s.get(3))).containsExactly(2, 3, 5, 6);
        assertThat(s.remove(3, 8)).isEqualTo(6);   // the last one: full 6..8
        assertThat(s.remove(1, 8)).isEqualTo(3);
        assertThat(drain(s, 9)).containsExactly(2, 5);
        // full 3 + 2 = 5 of 10 seconds
        assertThat(s.fullFraction(10)).isCloseTo(0.5, within(EPS));
        // content [0,1) 3, [1,2) 3, [2,5) 4, [5,6) 3, [6,8) 4, [8,9) 2, [9,10) 0: area 31
        assertThat(s.meanContent(10)).isCloseTo(3.1, within(EPS));
        assertThat(s.maxContent()).isEqualTo(4);
    }

    @Test
    void a_full_period_still_open_counts_up_to_now_even_from_time_zero() {
        Store<Integer> s = new Store<>("b", 1, "here");
        s.add(1, 0);
        assertThat(s.fullFraction(10)).isEqualTo(1.0);
        s.resetStats(4);                      // warm-up ends while full
        assertThat(s.fullFraction(10)).isEqualTo(1.0);
        s.poll(7);
        assertThat(s.fullFraction(10)).isCloseTo(0.5, within(EPS));
        assertThat(s.fullFraction(4)).isZero();   // no time since the reset
    }

    @Test
    void a_store_without_places_is_always_full() {
        Store<Integer> s = new Store<>("b", 0, "here");
        assertThat(s.isFull()).isTrue();
        assertThat(s.fullFraction(10)).isEqualTo(1.0);
        assertThat(s.fullFraction(0)).isEqualTo(1.0);
    }

    @Test
    void an_unlimited_store_stops_the_run_once_it_holds_its_most_items() {
        Store<Integer> s = new Store<>("b", StationSpec.UNLIMITED, "in front of station 'paint'");
        for (int i = 0; i < Store.MAX_CONTENT; i++) s.add(i, 0);
        assertThat(s.size()).isEqualTo(Store.MAX_CONTENT);
        assertThatThrownBy(() -> s.add(-1, 0))
                .isInstanceOf(Store.Unbounded.class)
                .hasMessageContaining("the unlimited buffer in front of station 'paint' holds " + Store.MAX_CONTENT);
    }

    /** A putter whose wait can be made stale, as a server that gave its vehicle elsewhere. */
    private static final class TestPutter implements Putter<Integer> {
        final int id;
        long ticket;
        TestPutter(int id) { this.id = id; }
        @Override public Integer take() { ticket++; return id; }
        @Override public void released() { }
        @Override public long ticket() { return ticket; }
    }

    @Test
    void serves_waiting_putters_oldest_first_across_growth_and_skips_stale_ones() {
        Store<Integer> s = new Store<>("b", 1, "here");
        TestPutter[] p = new TestPutter[8];
        for (int i = 0; i < p.length; i++) p[i] = new TestPutter(i);
        s.awaitPlace(p[0]);
        s.awaitPlace(p[1]);
        s.awaitPlace(p[2]);
        assertThat(s.nextPutter()).isSameAs(p[0]);
        assertThat(s.nextPutter()).isSameAs(p[1]);
        // p2 waits in slot 2 of 4; p3 to p5 fill slots 3, 0 and 1; p6 grows the queue
        for (int i = 3; i < 7; i++) s.awaitPlace(p[i]);
        p[4].take();                          // p4 got its place elsewhere: its entry is stale
        s.awaitPlace(p[7]);
        assertThat(s.waitingPutters()).isEqualTo(6);
        List<Integer> order = new ArrayList<>();
        for (Putter<Integer> q; (q = s.nextPutter()) != null; ) order.add(((TestPutter) q).id);
        assertThat(order).containsExactly(2, 3, 5, 6, 7);
        assertThat(s.waitingPutters()).isZero();
    }

    @Test
    void the_putter_queue_stops_the_run_once_it_holds_the_most_items() {
        Store<Integer> s = new Store<>("b", 1, "in front of station 'paint'");
        TestPutter p = new TestPutter(0);
        for (int i = 0; i < Store.MAX_CONTENT; i++) s.awaitPlace(p);
        assertThatThrownBy(() -> s.awaitPlace(p)).isInstanceOf(Store.Unbounded.class);
    }

    /** A taker that can be told it no longer needs an item. */
    private static final class TestTaker implements Taker<Integer> {
        boolean free = true;
        int dequeued;
        @Override public boolean canTake() { return free; }
        @Override public void receive(Integer item) { }
        @Override public void dequeued() { dequeued++; }
    }

    @Test
    void hands_an_item_to_the_longest_waiting_taker_that_can_still_take_it() {
        Store<Integer> s = new Store<>("b", 3, "here");
        TestTaker a = new TestTaker(), b = new TestTaker(), c = new TestTaker();
        s.awaitItem(a);
        s.awaitItem(b);
        s.awaitItem(c);
        a.free = false;                        // a got work another way
        assertThat(s.hasTaker()).isTrue();     // drops a's stale entry, keeps b at the head
        assertThat(a.dequeued).isEqualTo(1);
        assertThat(b.dequeued).isZero();
        assertThat(s.nextTaker()).isSameAs(b);
        assertThat(b.dequeued).isEqualTo(1);
        c.free = false;
        assertThat(s.nextTaker()).isNull();
        assertThat(c.dequeued).isEqualTo(1);
        assertThat(s.hasTaker()).isFalse();
    }
}

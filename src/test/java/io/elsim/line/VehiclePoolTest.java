package io.elsim.line;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The free list of vehicles and a vehicle as a sender, by hand. */
class VehiclePoolTest {

    /**
     * Three vehicles obtained get ids 0, 1, 2 and three objects; one recycled is reused for the
     * fourth (id 3, no new object) with its fields set afresh.
     */
    @Test
    void recycled_vehicles_are_reused_with_fresh_ids_and_fields() {
        VehiclePool pool = new VehiclePool();
        Vehicle a = pool.obtain(0, 1.0);
        Vehicle b = pool.obtain(1, 2.0);
        Vehicle c = pool.obtain(2, 3.0);
        assertThat(new int[] {a.id, b.id, c.id}).containsExactly(0, 1, 2);
        assertThat(pool.created()).isEqualTo(3);
        b.owner = 7;
        b.product = 1;
        pool.recycle(b);
        Vehicle d = pool.obtain(2, 9.5);
        assertThat(d).isSameAs(b);
        assertThat(pool.created()).isEqualTo(3);
        assertThat(d.id).isEqualTo(3);
        assertThat(d.product).isEqualTo(2);
        assertThat(d.releaseTime).isEqualTo(9.5);
        assertThat(d.owner).isEqualTo(-1);
        assertThat(d.reworkedAt).isNull();
        assertThat(d.nextFree).isNull();
        Vehicle e = pool.obtain(0, 10);
        assertThat(e).isNotSameAs(b);
        assertThat(pool.created()).isEqualTo(4);
        assertThat(e.id).isEqualTo(4);
    }

    /** Taking a vehicle waiting after rework gives that vehicle and a new ticket, once per take. */
    @Test
    void taking_a_vehicle_gives_itself_and_moves_its_ticket_on() {
        Vehicle v = new Vehicle();
        assertThat(v.owner()).isEqualTo("a vehicle");
        long t0 = v.ticket();
        assertThat(v.take()).isSameAs(v);
        long t1 = v.ticket();
        assertThat(v.take()).isSameAs(v);
        assertThat(t1).isNotEqualTo(t0);
        assertThat(v.ticket()).isNotEqualTo(t1).isNotEqualTo(t0);
    }
}

package io.elsim.supply;

import io.elsim.model.PartSpec;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A stock's level, statistics and overflow through a sequence of takes and deliveries worked by hand. */
class LineSideStockTest {

    @Test
    void takes_deliveries_overflow_and_statistics_by_hand() {
        LineSideStock stock = new LineSideStock(new PartSpec("pack", "s", 1, Map.of(), 10, 20), 0);
        stock.supplierName = "near";
        int[] replenished = {0};
        int[] consumed = {0};
        stock.setListener(s -> replenished[0]++);
        stock.consumption = s -> consumed[0]++;
        assertThat(stock.name()).isEqualTo("pack");
        assertThat(stock.supplierName()).isEqualTo("near");
        assertThat(stock.capacity()).isEqualTo(20);
        assertThat(stock.level()).isEqualTo(10);
        assertThat(stock.initial()).isEqualTo(10);

        assertThat(stock.tryTake(1, 0)).isTrue();      // nothing to take: no change, no one told
        assertThat(consumed[0]).isZero();
        assertThat(stock.tryTake(2, 4)).isTrue();      // 10 → 6
        assertThat(stock.tryTake(3, 7)).isFalse();     // 6 < 7: nothing taken
        assertThat(stock.has(6)).isTrue();
        assertThat(stock.has(7)).isFalse();
        assertThat(stock.tryTake(4, 6)).isTrue();      // 6 → 0, the minimum
        assertThat(consumed[0]).isEqualTo(2);
        stock.deliver(6, 25, false);                   // room 20: level 20, 5 over
        stock.deliver(8, 3, true);                     // no room: 3 over, nobody told
        assertThat(replenished[0]).isEqualTo(1);
        assertThat(stock.level()).isEqualTo(20);

        // level 10 on [0,2), 6 on [2,4), 0 on [4,6), 20 on [6,10): (20 + 12 + 0 + 80) / 10
        assertThat(stock.meanLevel(10)).isCloseTo(11.2, within(1e-12));
        assertThat(stock.minLevel()).isZero();
        assertThat(stock.consumed()).isEqualTo(10);
        assertThat(stock.delivered()).isEqualTo(28);
        assertThat(stock.overflow()).isEqualTo(8);
        assertThat(stock.deliveries()).isEqualTo(2);
        assertThat(stock.lateDeliveries()).isEqualTo(1);
        assertThat(stock.consumedTotal()).isEqualTo(10);
        assertThat(stock.deliveredTotal()).isEqualTo(28);
        assertThat(stock.overflowTotal()).isEqualTo(8);

        // from the reset on: 20 on [10,12), 15 on [12,14); totals since time 0 keep counting
        stock.resetStats(10);
        assertThat(stock.minLevel()).isEqualTo(20);
        assertThat(stock.consumed()).isZero();
        assertThat(stock.delivered()).isZero();
        assertThat(stock.overflow()).isZero();
        assertThat(stock.deliveries()).isZero();
        assertThat(stock.lateDeliveries()).isZero();
        assertThat(stock.tryTake(12, 5)).isTrue();
        assertThat(stock.meanLevel(14)).isCloseTo(17.5, within(1e-12));
        assertThat(stock.minLevel()).isEqualTo(15);
        assertThat(stock.consumed()).isEqualTo(5);
        assertThat(stock.consumedTotal()).isEqualTo(15);
        assertThat(stock.deliveredTotal()).isEqualTo(28);
    }

    @Test
    void stockout_time_counts_while_a_vehicle_waits_and_restarts_at_a_reset() {
        LineSideStock stock = new LineSideStock(new PartSpec("tray", "s", 1, Map.of(), 0, PartSpec.UNLIMITED), 0);
        stock.setShort(100, true);
        stock.setShort(200, true);                     // still the same stockout
        stock.setShort(460, false);                    // 360 s
        assertThat(stock.stockoutHours(500)).isCloseTo(0.1, within(1e-12));
        stock.setShort(1000, true);
        assertThat(stock.stockoutHours(1360)).isCloseTo(0.2, within(1e-12));  // 360 + 360 open
        stock.resetStats(1180);                        // the open stockout counts from the reset
        assertThat(stock.stockoutHours(1360)).isCloseTo(0.05, within(1e-12));
        stock.deliver(1400, 1_000_000, false);         // unlimited: everything goes in
        assertThat(stock.level()).isEqualTo(1_000_000);
        assertThat(stock.overflow()).isZero();
    }
}

package io.elsim.line;

import io.elsim.supply.LineSideStock;

import java.util.ArrayDeque;

/**
 * The parts a station consumes when a server starts a vehicle. A server that finds a part
 * short keeps its vehicle and waits (starved_parts); waiting servers are served first come,
 * first served when deliveries arrive. Parts are taken all at once or not at all.
 */
final class StationParts implements LineSideStock.Listener {
    private final RunContext ctx;
    private final LineSideStock[] stocks;
    /** qty[k][product]: parts of stock k used by one vehicle of the product. */
    private final int[][] qty;
    private final ArrayDeque<Server> waiting = new ArrayDeque<>();

    StationParts(RunContext ctx, LineSideStock[] stocks, int[][] qty) {
        this.ctx = ctx;
        this.stocks = stocks;
        this.qty = qty;
        for (LineSideStock s : stocks) s.setListener(this);
    }

    /** Takes the vehicle's parts, or queues the server and returns false. */
    boolean take(Server server, int product) {
        if (waiting.isEmpty() && takeAll(product)) return true;
        waiting.add(server);
        markShort();
        return false;
    }

    private boolean takeAll(int product) {
        for (int k = 0; k < stocks.length; k++) {
            if (!stocks[k].has(qty[k][product])) return false;
        }
        double now = ctx.now();
        for (int k = 0; k < stocks.length; k++) stocks[k].tryTake(now, qty[k][product]);
        return true;
    }

    @Override
    public void replenished(LineSideStock stock) {
        Server head;
        while ((head = waiting.peek()) != null && takeAll(head.vehicle.product)) {
            waiting.poll();
            head.partsAvailable();
        }
        markShort();
    }

    /** The parts the first waiting vehicle lacks, in words, for a deadlock report; empty if none waits. */
    String shortage() {
        Server head = waiting.peek();
        if (head == null) return "";
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < stocks.length; k++) {
            int need = qty[k][head.vehicle.product];
            if (stocks[k].has(need)) continue;
            if (b.length() > 0) b.append(", ");
            b.append("part '").append(stocks[k].name()).append("' (needs ").append(need).append(", stock ")
                    .append(stocks[k].level());
            if (stocks[k].capacity() < need) b.append(", but the stock holds at most ").append(stocks[k].capacity());
            b.append(')');
        }
        return b.toString();
    }

    /** A stock is short while the first waiting vehicle lacks it. */
    private void markShort() {
        Server head = waiting.peek();
        double now = ctx.now();
        for (int k = 0; k < stocks.length; k++) {
            stocks[k].setShort(now, head != null && !stocks[k].has(qty[k][head.vehicle.product]));
        }
    }
}

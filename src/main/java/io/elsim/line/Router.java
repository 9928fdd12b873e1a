package io.elsim.line;

/**
 * Chooses where a station's finished vehicle goes, among the routes that apply to its
 * product, and moves it there: {@link #send} is where a vehicle passes from one station to
 * the next. A new routing rule is a subclass plus a case in {@link NetworkBuilder}.
 */
abstract class Router {
    /** The destinations of the routes that apply to each product (by product index), in list order. */
    final Destination[][] byProduct;

    Router(Destination[][] byProduct) {
        this.byProduct = byProduct;
    }

    /**
     * Places the vehicle now and returns null, or queues {@code sender} where the vehicle
     * waits to go (blocking after service) and returns those destinations.
     */
    abstract Destination[] send(Vehicle v, Sender sender);

    /** Offers to one destination, or waits there. */
    static Destination[] sendTo(Destination d, Destination[] waitAt, Vehicle v, Sender sender) {
        if (d.offer(v)) return null;
        d.await(sender);
        return waitAt;
    }

    /** One destination for every product: the serial line, or {@code next:}. */
    static final class Next extends Router {
        private final Destination next;
        private final Destination[] waitAt;

        Next(Destination next, int products) {
            super(same(next, products));
            this.next = next;
            this.waitAt = new Destination[] {next};
        }

        private static Destination[][] same(Destination d, int products) {
            Destination[][] a = new Destination[products][];
            for (int p = 0; p < products; p++) a[p] = new Destination[] {d};
            return a;
        }

        @Override
        Destination[] send(Vehicle v, Sender sender) {
            return sendTo(next, waitAt, v, sender);
        }
    }

    /** {@code routing: cyclic}: the applicable routes in turn, counted per product. */
    static final class Cyclic extends Router {
        private final int[] turn;
        private final Destination[][][] waitAt;

        Cyclic(Destination[][] byProduct) {
            super(byProduct);
            this.turn = new int[byProduct.length];
            this.waitAt = new Destination[byProduct.length][][];
            for (int p = 0; p < byProduct.length; p++) {
                waitAt[p] = new Destination[byProduct[p].length][];
                for (int k = 0; k < byProduct[p].length; k++) waitAt[p][k] = new Destination[] {byProduct[p][k]};
            }
        }

        @Override
        Destination[] send(Vehicle v, Sender sender) {
            Destination[] ds = byProduct[v.product];
            int k = turn[v.product];
            turn[v.product] = (k + 1) % ds.length;
            return sendTo(ds[k], waitAt[v.product][k], v, sender);
        }
    }

    /**
     * {@code routing: first-free} and {@code shortest-queue}: the choice is made when a place is
     * free. Now, if an applicable destination can take the vehicle (the first in list order, or
     * the one holding the fewest vehicles); otherwise the vehicle waits at all of them and goes
     * to the first that frees a place.
     */
    static final class WhenFree extends Router {
        private final boolean shortest;

        WhenFree(Destination[][] byProduct, boolean shortest) {
            super(byProduct);
            this.shortest = shortest;
        }

        @Override
        Destination[] send(Vehicle v, Sender sender) {
            Destination[] ds = byProduct[v.product];
            Destination best = null;
            int fewest = Integer.MAX_VALUE;
            for (Destination d : ds) {
                if (!d.canTake()) continue;
                if (!shortest) {
                    best = d;
                    break;
                }
                int n = d.occupancy();
                if (n < fewest) {
                    fewest = n;
                    best = d;
                }
            }
            if (best != null && best.offer(v)) return null;
            for (Destination d : ds) d.await(sender);
            return ds;
        }
    }
}

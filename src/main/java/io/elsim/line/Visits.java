package io.elsim.line;

import io.elsim.model.LineSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.StationSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Visit ratios of a plant from its routing, per product: the traffic equations
 * v = e + Pᵀv of an open network (e: one visit to the entry station per released vehicle;
 * P: the probability of going from one station to another, after scrap), and the probability
 * of reaching {@code end}. Route probabilities: {@code share} as given; {@code cyclic} equal;
 * {@code first-free} and {@code shortest-queue} in proportion to the destinations' capacities
 * (the split at which parallel stations are equally loaded, which is what these rules aim at).
 * Solved by Gauss–Seidel sweeps in list order: one sweep is exact for a loop-free plant listed
 * upstream first, and a loop converges geometrically at its return probability.
 */
final class Visits {
    private static final int MAX_SWEEPS = 1_000_000;

    /** visits[p][i]: visits of station i per released vehicle of product p. */
    final double[][] perReleased;
    /** endShare[p]: probability that a released vehicle of product p reaches end (not scrapped). */
    final double[] endShare;

    private Visits(double[][] perReleased, double[] endShare) {
        this.perReleased = perReleased;
        this.endShare = endShare;
    }

    /**
     * @param withScrap false to ignore scrap: the path of a vehicle that completes (raw process time)
     * @param capacity  each station's capacity (any unit), for splitting first-free and shortest-queue routes
     */
    static Visits of(LineSpec spec, boolean withScrap, double[] capacity) {
        List<StationSpec> stations = spec.stations();
        int n = stations.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(stations.get(i).name(), i);
        int entry = index.get(spec.entryStation());
        int products = spec.products().size();
        double[][] visits = new double[products][n];
        double[] end = new double[products];
        for (int p = 0; p < products; p++) {
            String product = spec.products().get(p).name();
            // out[i]: successors (-1 = end) and their probabilities, after scrap
            int[][] to = new int[n][];
            double[][] prob = new double[n][];
            for (int i = 0; i < n; i++) {
                StationSpec s = stations.get(i);
                double stay = withScrap ? 1 - s.scrap() : 1;
                if (s.routes().isEmpty()) {
                    to[i] = new int[] {i + 1 < n ? i + 1 : -1};
                    prob[i] = new double[] {stay};
                    continue;
                }
                List<RouteSpec> routes = NetworkBuilder.applicable(s, product);
                double[] q = split(s.routing(), routes, index, capacity);
                to[i] = new int[routes.size()];
                prob[i] = new double[routes.size()];
                for (int k = 0; k < routes.size(); k++) {
                    to[i][k] = routes.get(k).toEnd() ? -1 : index.get(routes.get(k).to());
                    prob[i][k] = stay * q[k];
                }
            }
            // predecessors of each station with the probability of coming from them
            int[] predCount = new int[n];
            for (int i = 0; i < n; i++) for (int j : to[i]) if (j >= 0) predCount[j]++;
            int[][] from = new int[n][];
            double[][] fromProb = new double[n][];
            for (int j = 0; j < n; j++) {
                from[j] = new int[predCount[j]];
                fromProb[j] = new double[predCount[j]];
                predCount[j] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < to[i].length; k++) {
                    int j = to[i][k];
                    if (j < 0) continue;
                    from[j][predCount[j]] = i;
                    fromProb[j][predCount[j]++] = prob[i][k];
                }
            }
            double[] v = visits[p];
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double change = 0;
                for (int i = 0; i < n; i++) {
                    // Gauss–Seidel: stations earlier in the list already carry this sweep's value
                    double vi = i == entry ? 1 : 0;
                    for (int k = 0; k < from[i].length; k++) vi += fromProb[i][k] * v[from[i][k]];
                    change = Math.max(change, Math.abs(vi - v[i]));
                    v[i] = vi;
                }
                if (change <= 1e-14 * Math.max(1, max(v))) break;
            }
            double e = 0;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < to[i].length; k++) if (to[i][k] < 0) e += v[i] * prob[i][k];
            }
            end[p] = e;
        }
        return new Visits(visits, end);
    }

    private static double max(double[] a) {
        double m = 0;
        for (double x : a) m = Math.max(m, x);
        return m;
    }

    /** Route probabilities of one station for one product's applicable routes. */
    static double[] split(Routing routing, List<RouteSpec> routes, Map<String, Integer> index, double[] capacity) {
        int k = routes.size();
        double[] q = new double[k];
        switch (routing) {
            case SHARE -> {
                double[] s = NetworkBuilder.shares(routes);
                System.arraycopy(s, 0, q, 0, k);
            }
            case CYCLIC -> java.util.Arrays.fill(q, 1.0 / k);
            case FIRST_FREE, SHORTEST_QUEUE -> {
                double total = 0;
                for (int j = 0; j < k; j++) {
                    RouteSpec r = routes.get(j);
                    q[j] = r.toEnd() ? Double.POSITIVE_INFINITY : capacity[index.get(r.to())];
                    total += q[j];
                }
                for (int j = 0; j < k; j++) {
                    q[j] = Double.isInfinite(total) ? (Double.isInfinite(q[j]) ? 1 : 0) : q[j] / total;
                }
                if (Double.isInfinite(total)) {
                    double ends = 0;
                    for (double x : q) ends += x;
                    for (int j = 0; j < k; j++) q[j] /= ends;
                }
            }
        }
        return q;
    }
}

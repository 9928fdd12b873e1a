package io.elsim.config;

import io.elsim.config.Node.MapNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A quantity per product ({@code per_vehicle: {R5: 1, Megane: 2}}), for bought parts and for
 * feeders' units alike: known products only, whole numbers of 0 or more, not all 0.
 */
final class ProductQuantities {
    private ProductQuantities() { }

    /**
     * The quantities in {@code map}, or null after reporting every problem; {@code what} ends the
     * all-zero message ("no product " + what + " (every quantity is 0)").
     */
    static Map<String, Integer> read(Values v, MapNode map, String path, Set<String> products, String what) {
        Map<String, Integer> result = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            String product = e.getKey();
            if (!products.isEmpty() && !products.contains(product)) {
                v.d.error(e.getValue().keyPos(), path + ": unknown product '" + product + "'"
                        + Suggest.didYouMean(product, products) + " (products: " + String.join(", ", products) + ")");
                ok = false;
            }
            Integer q = Types.integer(0).read(v, e.getValue().value(), path + "." + product);
            ok &= q != null;
            result.put(product, q);
        }
        if (ok && result.values().stream().allMatch(q -> q == 0)) {
            v.d.error(map, path + ": no product " + what + " (every quantity is 0)");
            ok = false;
        }
        return ok ? result : null;
    }
}

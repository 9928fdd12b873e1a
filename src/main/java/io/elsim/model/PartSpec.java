package io.elsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A part consumed at a station, held in line-side stock.
 *
 * @param station the station that consumes it when it starts a vehicle
 * @param perVehicle quantity per vehicle, for products not in {@code perProduct}
 * @param perProduct product → quantity; empty when the part is per vehicle
 * @param initialStock stock at time 0
 * @param capacity line-side places; {@link #UNLIMITED} for no limit
 */
public record PartSpec(String name, String station, int perVehicle, Map<String, Integer> perProduct,
                       int initialStock, int capacity) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public PartSpec {
        perProduct = perProduct == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(perProduct));
    }

    /** Quantity used by one vehicle of {@code product}. */
    public int quantityFor(String product) {
        return perProduct.isEmpty() ? perVehicle : perProduct.getOrDefault(product, 0);
    }
}

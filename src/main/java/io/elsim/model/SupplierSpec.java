package io.elsim.model;

import java.util.List;

/**
 * A supplier, its trucks and its delivery policy.
 *
 * @param lat latitude in degrees, NaN when {@code distanceKm} is given
 * @param lon longitude in degrees, NaN when {@code distanceKm} is given
 * @param distanceKm road distance, NaN when the location is given (then haversine × road factor)
 * @param delay added to each loaded drive (seconds)
 */
public record SupplierSpec(String name, double lat, double lon, double distanceKm, List<String> parts,
                           TruckSpec truck, DistributionSpec delay, ReliabilitySpec reliability,
                           PolicySpec policy) {
    public SupplierSpec {
        parts = List.copyOf(parts);
    }

    public boolean located() { return !Double.isNaN(lat); }
}

package io.elsim.model;

/**
 * Network-wide logistics assumptions.
 *
 * @param radiusKm suppliers at most this road distance away count as "within the radius"
 * @param roadFactor road km per great-circle km
 * @param co2KgPerKmLoaded kg CO2e per truck-km driven loaded
 * @param co2KgPerKmEmpty kg CO2e per truck-km driven empty (the way back)
 */
public record LogisticsSpec(double radiusKm, double roadFactor, double co2KgPerKmLoaded, double co2KgPerKmEmpty) {
    /** ElectriCity's 300 km promise; 1.25 road factor, 0.96 / 0.75 kg CO2e/km (electricity.md 4.2, 4.5). */
    public static final LogisticsSpec DEFAULT = new LogisticsSpec(300, 1.25, 0.96, 0.75);
}

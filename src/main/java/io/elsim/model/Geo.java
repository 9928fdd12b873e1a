package io.elsim.model;

/**
 * Great-circle geography for supplier distances. Lives in {@code model} (pure arithmetic on
 * config values) so that both the config validation (radius warnings) and the supply
 * runtime use the same figures.
 */
public final class Geo {
    /** Mean Earth radius, km (IUGG), as in the domain notes' distance table. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() { }

    /** Haversine great-circle distance in km between two points given in degrees. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Road km from the site to the supplier: its {@code distance_km} when given, else the
     * great-circle distance × the road factor. NaN when located but the site is unknown.
     */
    public static double roadKm(SupplierSpec s, SiteSpec site, LogisticsSpec logistics) {
        if (!s.located()) return s.distanceKm();
        if (site == null) return Double.NaN;
        return haversineKm(site.lat(), site.lon(), s.lat(), s.lon()) * logistics.roadFactor();
    }
}

package io.elsim.model;

/** A changeover at a station, before processing a vehicle of another product than the last. */
public record SetupSpec(DistributionSpec time, When when) {
    public enum When { PRODUCT_CHANGE }
}

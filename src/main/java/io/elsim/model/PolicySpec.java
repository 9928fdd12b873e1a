package io.elsim.model;

/** When a supplier sends a truck. */
public sealed interface PolicySpec {

    /** An order of {@code orderQuantity} when stock + on order falls to {@code reorderPoint} or below. */
    record ReorderPoint(int reorderPoint, int orderQuantity) implements PolicySpec { }

    /** A full truck of each part leaves every {@code period} seconds, from time 0 (JIS-style). */
    record Every(double period) implements PolicySpec { }
}

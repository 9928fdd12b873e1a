/**
 * Inbound supply: line-side stocks of parts, suppliers and their trucks as processes
 * (load, drive loaded with delay and lateness, unload, drive back empty), and the
 * reorder-point or fixed-period ({@code every}) delivery policies.
 *
 * <p>This package knows nothing of the line: the line asks a {@link io.elsim.supply.LineSideStock}
 * for parts ({@code tryTake}) and registers a listener to hear when a delivery arrives.
 * Distances come from {@link io.elsim.model.Geo}.
 */
package io.elsim.supply;

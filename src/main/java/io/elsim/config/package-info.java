/**
 * Loading a YAML line config into a validated {@link io.elsim.model.LineSpec}.
 *
 * <p>{@link io.elsim.config.ConfigLoader} is the entry point. The YAML is read into a small
 * position-keeping tree ({@code Node}), {@code --set} overrides are applied to that tree,
 * then readers (one per section) turn it into records while collecting every problem.
 * The accepted keys are declared once ({@link io.elsim.config.Key}), in {@link io.elsim.config.Keys},
 * {@code SupplyKeys} and {@link io.elsim.config.DistributionKinds}; the readers, the JSON Schema,
 * the reference tables and the per-key tests come from those declarations (docs/architecture.md).
 */
package io.elsim.config;

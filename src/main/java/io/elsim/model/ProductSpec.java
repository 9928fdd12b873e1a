package io.elsim.model;

/** A product (vehicle model) and its share of the released vehicles. */
public record ProductSpec(String name, double share) { }

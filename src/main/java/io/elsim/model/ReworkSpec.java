package io.elsim.model;

/**
 * Off-line repair after a station: with probability {@code rate} a vehicle leaves the line
 * after processing, is repaired for {@code time}, and rejoins in front of the next station.
 */
public record ReworkSpec(double rate, DistributionSpec time) { }

package io.elsim.model;

/** The plant's location, from which supplier distances are measured (degrees, WGS84). */
public record SiteSpec(String name, double lat, double lon) { }

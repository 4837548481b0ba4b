package org.parley.search;

/** One bucket of a facet: a value and how many hits carry it. */
public record FacetValue(String value, long count) {}

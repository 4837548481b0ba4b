package org.parley.search;

/**
 * One completion of what is being typed.
 *
 * @param text what the search box (or, for a speaker or topic, the filter) should hold if chosen
 * @param kind {@code term}, {@code phrase}, {@code speaker} or {@code topic}
 */
public record SuggestItem(String text, String kind) {}

package org.parley.search;

/**
 * A way the query was widened, reported with the results so an analyst sees why a paragraph
 * matched.
 *
 * @param term the word as typed ("JCPOA", "peacekeeping")
 * @param expansion what it was also searched as ("Joint Comprehensive Plan of Action", "peace
 *     keeping")
 * @param source where the expansion comes from: {@code acronyms} (index-config), {@code corpus}
 *     (defined in the corpus itself), {@code compound} (the index's own vocabulary)
 */
public record Expansion(String term, String expansion, String source) {}

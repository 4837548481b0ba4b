/**
 * Searching a live generation: request and response records, query building from what users type
 * (relaxed matching, word variants), highlighting, facets, suggestions, and the {@code
 * SearcherManager} that switches generations. Serving layers (HTTP, the command line) call {@link
 * org.parley.search.SearchService}; how responses look as JSON is decided in {@code
 * org.parley.json}.
 *
 * <p>May import: {@code org.parley.analysis}, {@code org.parley.config}, {@code org.parley.index},
 * {@code org.parley.speakers}, {@code org.apache.lucene}, {@code org.slf4j}.
 */
package org.parley.search;

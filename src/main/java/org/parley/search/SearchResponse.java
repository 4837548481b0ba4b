package org.parley.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as received
 * @param total hit count: exact when {@code totalRelation} is {@code eq}, a lower bound when {@code
 *     gte}
 * @param totalRelation {@code eq} or {@code gte}
 * @param tookMs time spent in the search service
 * @param page the 1-based page
 * @param size the page size
 * @param hits the page of hits
 * @param facets facet name to buckets, only the facets asked for (absent when none)
 * @param allTermsTotal how many of the hits have every word that counts; they rank first, the
 *     partial matches after them ({@code null} when the query has fewer than two words, so nothing
 *     is partial)
 * @param expansions what the query was widened with (acronyms, compounds), absent when nothing
 */
public record SearchResponse(
    String query,
    long total,
    String totalRelation,
    long tookMs,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    Long allTermsTotal,
    List<Expansion> expansions) {}

package org.parley.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResponse(
    String query,
    long total,
    @JsonProperty("total_relation") String totalRelation,
    @JsonProperty("took_ms") long tookMs,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets) {}

package org.parley.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.search.FacetField;
import org.parley.search.SearchRequest;
import org.parley.search.SortOrder;

/**
 * One request of the query mix: its category and its parameters, named as the HTTP API names them
 * ({@code q}, {@code speaker}, {@code topic}, {@code role}, {@code from}, {@code to}, {@code sort},
 * {@code size}, {@code page}, {@code fragment}, {@code facets}). The same parameters become the
 * query string sent to both servers and the {@link SearchRequest} the in-process sides run.
 *
 * @param category the luceneutil-style category ({@code term.common}, {@code phrase}, ...)
 * @param params the parameters in order; names may repeat ({@code speaker} twice means either)
 */
public record BenchQuery(String category, List<Param> params) {
  /** The parameter names the mix may use. */
  static final Set<String> NAMES =
      Set.of(
          "q",
          "speaker",
          "topic",
          "role",
          "from",
          "to",
          "sort",
          "size",
          "page",
          "fragment",
          "facets");

  /** Every facet the API counts, as the facet variant of the mix asks for them. */
  static final String ALL_FACETS = "speaker,topic,role,year,month";

  /** One {@code name=value} parameter. */
  public record Param(String name, String value) {}

  public BenchQuery {
    params = List.copyOf(params);
  }

  /** The search text ({@code q}), or "" when the request has only filters. */
  public String text() {
    return first("q", "");
  }

  /** The same request asking for every facet, as a result page with a facet sidebar does. */
  BenchQuery withAllFacets() {
    List<Param> withFacets = new ArrayList<>();
    for (Param p : params) {
      if (!p.name().equals("facets")) {
        withFacets.add(p);
      }
    }
    withFacets.add(new Param("facets", ALL_FACETS));
    return new BenchQuery(category, withFacets);
  }

  /** {@code q=arms+control&speaker=Jens+Stoltenberg}. */
  public String queryString() {
    StringBuilder out = new StringBuilder();
    for (Param p : params) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      out.append(URLEncoder.encode(p.name(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(p.value(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  /** Parses a query string as {@link #queryString()} writes it (the raw server's side). */
  static BenchQuery fromQueryString(String category, String rawQuery) {
    List<Param> params = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.add(
            new Param(
                URLDecoder.decode(name, StandardCharsets.UTF_8),
                URLDecoder.decode(value, StandardCharsets.UTF_8)));
      }
    }
    return new BenchQuery(category, params);
  }

  /** The request Parley's search service runs for these parameters. */
  public SearchRequest toSearchRequest() {
    Set<FacetField> facets = EnumSet.noneOf(FacetField.class);
    for (String id : first("facets", "").split(",")) {
      if (!id.isBlank()) {
        facets.add(
            FacetField.fromId(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown facet '" + id + "'")));
      }
    }
    String from = first("from", null);
    String to = first("to", null);
    return new SearchRequest(
        text(),
        all("speaker"),
        all("topic"),
        all("role"),
        from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        List.of(),
        SortOrder.fromParam(first("sort", "relevance"))
            .orElseThrow(() -> new IllegalArgumentException("unknown sort")),
        Integer.parseInt(first("page", "1")),
        Integer.parseInt(first("size", Integer.toString(SearchRequest.DEFAULT_SIZE))),
        Integer.parseInt(first("fragment", Integer.toString(SearchRequest.DEFAULT_FRAGMENT_SIZE))),
        facets,
        false);
  }

  private String first(String name, String fallback) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p.value();
      }
    }
    return fallback;
  }

  private List<String> all(String name) {
    List<String> values = new ArrayList<>();
    for (Param p : params) {
      if (p.name().equals(name)) {
        values.add(p.value());
      }
    }
    return values;
  }
}

package org.parley.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A validated search: what the CLI and the HTTP API both build before calling {@link
 * SearchService}. Values of one filter are ORed, different filters ANDed.
 *
 * @param query the user's text (may be blank: then only filters apply, newest first by default)
 * @param speakers canonical speaker names
 * @param topics topic names as in {@code index-config/topics.yaml}
 * @param roles role ids ({@code official}, {@code journalist}, ...)
 * @param from first date included, or {@code null}
 * @param to last date included, or {@code null}
 * @param docs document ids
 * @param sort the order of hits
 * @param page 1-based page
 * @param size hits per page
 * @param fragmentSize snippet size in characters; 0 returns the whole paragraph highlighted
 * @param facets the facets to count (empty: none, the cheap path)
 * @param explain whether each hit carries the reasons for its score
 * @param scope questions, answers or every paragraph ({@code in=})
 */
public record SearchRequest(
    String query,
    List<String> speakers,
    List<String> topics,
    List<String> roles,
    LocalDate from,
    LocalDate to,
    List<String> docs,
    SortOrder sort,
    int page,
    int size,
    int fragmentSize,
    Set<FacetField> facets,
    boolean explain,
    ExchangeScope scope) {
  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_FRAGMENT_SIZE = 240;

  /** Longest snippet a client may ask for, in characters; a paragraph is rarely longer. */
  public static final int MAX_FRAGMENT_SIZE = 10_000;

  public static final int MAX_QUERY_LENGTH = 1000;

  public SearchRequest {
    query = query == null ? "" : query;
    speakers = List.copyOf(speakers);
    topics = List.copyOf(topics);
    roles = List.copyOf(roles);
    docs = List.copyOf(docs);
    facets = Set.copyOf(facets);
    scope = scope == null ? ExchangeScope.ALL : scope;
  }

  /** A search of every paragraph, questions and answers alike. */
  public SearchRequest(
      String query,
      List<String> speakers,
      List<String> topics,
      List<String> roles,
      LocalDate from,
      LocalDate to,
      List<String> docs,
      SortOrder sort,
      int page,
      int size,
      int fragmentSize,
      Set<FacetField> facets,
      boolean explain) {
    this(
        query,
        speakers,
        topics,
        roles,
        from,
        to,
        docs,
        sort,
        page,
        size,
        fragmentSize,
        facets,
        explain,
        ExchangeScope.ALL);
  }

  /** A plain query with defaults: first page of ten, by relevance, no filters or facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        SortOrder.RELEVANCE,
        1,
        DEFAULT_SIZE,
        DEFAULT_FRAGMENT_SIZE,
        Set.of(),
        false);
  }

  /** Builds a request step by step; unset parts keep the defaults of {@link #of(String)}. */
  public static final class Builder {
    private final String query;
    private boolean explain;
    private List<String> speakers = List.of();
    private List<String> topics = List.of();
    private List<String> roles = List.of();
    private LocalDate from;
    private LocalDate to;
    private List<String> docs = List.of();
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private int fragmentSize = DEFAULT_FRAGMENT_SIZE;
    private Set<FacetField> facets = Set.of();
    private ExchangeScope scope = ExchangeScope.ALL;

    public Builder(String query) {
      this.query = query;
    }

    public Builder speakers(String... values) {
      speakers = List.of(values);
      return this;
    }

    public Builder topics(String... values) {
      topics = List.of(values);
      return this;
    }

    public Builder roles(String... values) {
      roles = List.of(values);
      return this;
    }

    public Builder docs(String... values) {
      docs = List.of(values);
      return this;
    }

    public Builder dates(LocalDate first, LocalDate last) {
      from = first;
      to = last;
      return this;
    }

    public Builder sort(SortOrder order) {
      sort = order;
      return this;
    }

    public Builder page(int value) {
      page = value;
      return this;
    }

    public Builder size(int value) {
      size = value;
      return this;
    }

    public Builder fragmentSize(int value) {
      fragmentSize = value;
      return this;
    }

    public Builder facets(FacetField... values) {
      facets = Set.of(values);
      return this;
    }

    public Builder explain(boolean value) {
      explain = value;
      return this;
    }

    public Builder scope(ExchangeScope value) {
      scope = value;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query,
          speakers,
          topics,
          roles,
          from,
          to,
          docs,
          sort,
          page,
          size,
          fragmentSize,
          facets,
          explain,
          scope);
    }
  }
}

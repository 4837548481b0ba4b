package org.parley.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.search.ExchangeScope;
import org.parley.search.FacetField;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;
import org.parley.speakers.Role;

/**
 * The parameters of {@code /api/search} (and of {@code /api/export}, which takes the same so that a
 * search URL becomes an export URL by changing its path, and of the search page, which takes a
 * subset), declared once, and their reading into a {@link SearchRequest}. A new filter is one
 * declaration here, listed in {@link #ALL} and {@link #PAGE_PARAMS}, plus its reading in {@link
 * #read}: the API, the page's URL and the OpenAPI document follow from these.
 */
public final class SearchParams {
  private SearchParams() {}

  static final Param Q =
      Param.text(
              "q",
              "The query: words (all required), \"phrases\", OR, -exclusions, prefix*, (groups)."
                  + " Malformed syntax is searched leniently.")
          .maxLength(SearchRequest.MAX_QUERY_LENGTH);
  static final Param SPEAKER =
      Param.text(
              "speaker",
              "Only paragraphs by this speaker (canonical name); repeat for any of several.")
          .repeated();
  static final Param TOPIC =
      Param.text("topic", "Only paragraphs tagged with this topic; repeat for any of several.")
          .repeated();
  static final Param ROLE =
      Param.list(
          "role",
          "Only paragraphs spoken in this role; repeat (or separate with commas) for any of several.",
          Arrays.stream(Role.values()).map(Role::id).toList());
  static final Param IN =
      Param.choice(
          "in",
          "Where to look: questions (journalists' questions, each hit with the answer it received),"
              + " answers (answers to questions, each with its question) or all.",
          Arrays.stream(ExchangeScope.values()).map(ExchangeScope::param).toList(),
          ExchangeScope.ALL.param());
  static final Param FROM = Param.date("from", "First date included (ISO, 2022-01-07).");
  static final Param TO = Param.date("to", "Last date included (ISO, 2022-01-31).");
  static final Param DOC =
      Param.text("doc", "Only paragraphs of this document id; repeat for any of several.")
          .repeated();
  static final Param SORT =
      Param.choice(
          "sort",
          "Order of hits: relevance (newest first when q is empty), date (oldest first), -date"
              + " or -indexed (most recently added to Parley first, see first_indexed).",
          Arrays.stream(SortOrder.values()).map(SortOrder::param).toList(),
          SortOrder.RELEVANCE.param());
  static final Param PAGE =
      Param.integer(
          "page",
          "Page of results, from 1; page * size may not exceed "
              + SearchService.MAX_WINDOW
              + " (read deeper with /api/export).",
          1,
          SearchService.MAX_WINDOW,
          1);
  static final Param SIZE =
      Param.integer(
          "size", "Hits per page.", 1, SearchRequest.MAX_SIZE, SearchRequest.DEFAULT_SIZE);
  static final Param FRAGMENT =
      Param.integer(
          "fragment",
          "Snippet size in characters; 0 returns the whole paragraph highlighted.",
          0,
          SearchRequest.MAX_FRAGMENT_SIZE,
          SearchRequest.DEFAULT_FRAGMENT_SIZE);
  static final Param FACETS =
      Param.list(
          "facets",
          "Facets to count, comma-separated and/or repeated. Counts are disjunctive: a filter on"
              + " speaker leaves the speaker counts as if no speaker were chosen.",
          Arrays.stream(FacetField.values()).map(FacetField::id).toList());

  static final Param EXPLAIN =
      Param.choice(
          "explain",
          "true adds to each hit the reasons for its score: matched words, phrase and proximity"
              + " boosts, synonyms and acronyms applied, the score's main parts.",
          List.of("false", "true"),
          "false");

  /** Everything {@code /api/search} accepts. */
  static final List<Param> ALL =
      List.of(
          Q, SPEAKER, TOPIC, ROLE, IN, FROM, TO, DOC, SORT, PAGE, SIZE, FRAGMENT, FACETS, EXPLAIN);

  /**
   * What the search page's URL carries ({@code /?q=&speaker=&topic=&role=&from=&to=&sort=&page=}):
   * the API's own declarations, so the page checks them with the same rules and words. Size,
   * fragment, facets, explain and doc are for programs; the page shows {@link #PAGE_SIZE} hits with
   * every facet.
   */
  static final List<Param> PAGE_PARAMS = List.of(Q, SPEAKER, TOPIC, ROLE, IN, FROM, TO, SORT, PAGE);

  /** Hits per page on the search page: the API's default size. */
  public static final int PAGE_SIZE = SearchRequest.DEFAULT_SIZE;

  /** Deepest hit a page of results may reach (the search service's limit, said once). */
  public static final int MAX_WINDOW = SearchService.MAX_WINDOW;

  /**
   * The search page's request read from its URL: the request to run (size {@link #PAGE_SIZE}, every
   * facet) and the parameters in canonical form for the page's links; or, when a parameter is
   * refused, which one and the API's message for it.
   *
   * @param request what to search, or {@code null} when a parameter was refused
   * @param params the page's parameters, checked, in declaration order, defaults left out
   * @param errorParam the refused parameter, or {@code null}
   * @param error the API's message for the refusal, or {@code null}
   */
  public record PageRequest(
      SearchRequest request,
      List<Map.Entry<String, String>> params,
      String errorParam,
      String error) {
    public PageRequest {
      params = List.copyOf(params);
    }

    /** Whether the URL asks for anything but an order or a page: text or a filter. */
    public boolean isSearch() {
      return params.stream()
          .anyMatch(e -> !e.getKey().equals(SORT.name()) && !e.getKey().equals(PAGE.name()));
    }
  }

  /**
   * Reads the search page's query string through {@link #PAGE_PARAMS}. Other names are ignored, not
   * refused: a link to a page picks up tracking parameters on its way.
   */
  public static PageRequest readPage(Map<String, List<String>> query) {
    try {
      // Size is not among them, so it reads as its default, PAGE_SIZE.
      RequestParams params = RequestParams.readKnown(query, PAGE_PARAMS);
      SearchRequest read = read(params);
      List<Map.Entry<String, String>> canonical = new ArrayList<>();
      for (Param p : PAGE_PARAMS) {
        params.canonical(p).forEach(v -> canonical.add(Map.entry(p.name(), v)));
      }
      SearchRequest request =
          new SearchRequest(
              read.query(),
              read.speakers(),
              read.topics(),
              read.roles(),
              read.from(),
              read.to(),
              read.docs(),
              read.sort(),
              read.page(),
              read.size(),
              read.fragmentSize(),
              EnumSet.allOf(FacetField.class),
              false,
              read.scope());
      return new PageRequest(request, canonical, null, null);
    } catch (ApiException e) {
      return new PageRequest(null, List.of(), e.param(), e.getMessage());
    }
  }

  static SearchRequest read(RequestParams params) {
    LocalDate from = params.date(FROM);
    LocalDate to = params.date(TO);
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.invalid(FROM.name(), "from must not be after to");
    }
    int page = params.integer(PAGE);
    int size = params.integer(SIZE);
    if ((long) page * size > SearchService.MAX_WINDOW) {
      throw ApiException.invalid(
          PAGE.name(),
          "page * size must be at most "
              + SearchService.MAX_WINDOW
              + "; use /api/export to read deeper");
    }
    Set<FacetField> facets = EnumSet.noneOf(FacetField.class);
    for (String id : params.list(FACETS)) {
      facets.add(FacetField.fromId(id).orElseThrow());
    }
    return new SearchRequest(
        params.text(Q),
        params.texts(SPEAKER),
        params.texts(TOPIC),
        params.list(ROLE),
        from,
        to,
        params.texts(DOC),
        SortOrder.fromParam(params.choice(SORT)).orElseThrow(),
        page,
        size,
        params.integer(FRAGMENT),
        facets,
        "true".equals(params.choice(EXPLAIN)),
        ExchangeScope.fromParam(params.choice(IN)).orElseThrow());
  }
}

package org.parley.http.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.search.ExchangeScope;
import org.parley.search.FacetField;
import org.parley.search.InvalidRequestException;
import org.parley.search.SearchRequest;
import org.parley.search.SortOrder;

/**
 * The search page's state as its URL carries it ({@code /?q=&speaker=&topic=&role=&in=&from=&to=
 * &sort=&page=}): the same names as {@code /api/search}, so the page's script and the plain form
 * read and write one format. Parsing never throws: a bad value becomes {@link #error}.
 *
 * @param query the text typed, trimmed
 * @param speakers selected speakers
 * @param topics selected topics
 * @param roles selected roles
 * @param from first date, or {@code null}
 * @param to last date, or {@code null}
 * @param sort the order
 * @param page 1-based page
 * @param scope where to look: questions, answers or everywhere ({@code in=})
 * @param error what is wrong with the parameters, or {@code null}
 */
public record PageQuery(
    String query,
    List<String> speakers,
    List<String> topics,
    List<String> roles,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    ExchangeScope scope,
    String error) {
  /** Hits per page on the server-rendered page (the script asks for the same). */
  public static final int PAGE_SIZE = 10;

  public PageQuery {
    speakers = List.copyOf(speakers);
    topics = List.copyOf(topics);
    roles = List.copyOf(roles);
  }

  /** Reads the page's parameters; unknown names are ignored, repeated filters are ORed. */
  public static PageQuery parse(Map<String, List<String>> params) {
    List<String> errors = new ArrayList<>();
    String query = first(params, "q").map(String::strip).orElse("");
    if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
      errors.add(
          "The query is too long (at most " + SearchRequest.MAX_QUERY_LENGTH + " characters).");
      query = query.substring(0, SearchRequest.MAX_QUERY_LENGTH);
    }
    LocalDate from = date(params, "from", errors);
    LocalDate to = date(params, "to", errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.add("The start date is after the end date.");
    }
    SortOrder sort = SortOrder.RELEVANCE;
    Optional<String> sortParam = first(params, "sort").filter(s -> !s.isBlank());
    if (sortParam.isPresent()) {
      Optional<SortOrder> parsed = SortOrder.fromParam(sortParam.get());
      if (parsed.isPresent()) {
        sort = parsed.get();
      } else {
        errors.add("Sort must be relevance, date or -date.");
      }
    }
    int page = 1;
    Optional<String> pageParam = first(params, "page").filter(s -> !s.isBlank());
    if (pageParam.isPresent()) {
      try {
        page = Integer.parseInt(pageParam.get().strip());
      } catch (NumberFormatException e) {
        page = 0;
      }
      if (page < 1 || (long) page * PAGE_SIZE > 10_000) {
        errors.add("The page number is out of range.");
        page = 1;
      }
    }
    ExchangeScope scope = ExchangeScope.ALL;
    Optional<String> inParam = first(params, "in").filter(s -> !s.isBlank());
    if (inParam.isPresent()) {
      Optional<ExchangeScope> parsed = ExchangeScope.fromParam(inParam.get());
      if (parsed.isPresent()) {
        scope = parsed.get();
      } else {
        errors.add("Look in must be questions, answers or all.");
      }
    }
    return new PageQuery(
        query,
        values(params, "speaker"),
        values(params, "topic"),
        values(params, "role"),
        from,
        to,
        sort,
        page,
        scope,
        errors.isEmpty() ? null : String.join(" ", errors));
  }

  /** Whether there is anything to search for (text or a filter); otherwise the page is a form. */
  public boolean isSearch() {
    return !query.isEmpty()
        || !speakers.isEmpty()
        || !topics.isEmpty()
        || !roles.isEmpty()
        || from != null
        || to != null;
  }

  /** The request the page runs: every facet, so filters and the trend chart can be drawn. */
  public SearchRequest toRequest() {
    return new SearchRequest(
        query,
        speakers,
        topics,
        roles,
        from,
        to,
        List.of(),
        sort,
        page,
        PAGE_SIZE,
        SearchRequest.DEFAULT_FRAGMENT_SIZE,
        EnumSet.allOf(FacetField.class),
        false,
        scope);
  }

  /** This state as URL parameters, in canonical order, defaults left out. */
  public UrlParams toParams() {
    UrlParams p = new UrlParams();
    p.add("q", query.isEmpty() ? null : query);
    speakers.forEach(v -> p.add("speaker", v));
    topics.forEach(v -> p.add("topic", v));
    roles.forEach(v -> p.add("role", v));
    p.add("from", from == null ? null : from.toString());
    p.add("to", to == null ? null : to.toString());
    p.add("in", scope == ExchangeScope.ALL ? null : scope.param());
    p.add("sort", sort == SortOrder.RELEVANCE ? null : sort.param());
    p.add("page", page == 1 ? null : Integer.toString(page));
    return p;
  }

  /** An error message for a refusal of the search service, naming what the user can change. */
  static String describe(InvalidRequestException e) {
    return switch (e.param()) {
      case "q" -> "This query cannot be searched: " + e.getMessage() + ".";
      default -> "The " + e.param() + " parameter is invalid: " + e.getMessage() + ".";
    };
  }

  private static Optional<String> first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String v : params.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return List.copyOf(out);
  }

  private static LocalDate date(
      Map<String, List<String>> params, String name, List<String> errors) {
    Optional<String> value = first(params, name).filter(s -> !s.isBlank());
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value.get().strip());
    } catch (DateTimeParseException e) {
      errors.add("Dates must look like 2022-01-31.");
      return null;
    }
  }
}

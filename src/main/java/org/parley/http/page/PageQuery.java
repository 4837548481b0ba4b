package org.parley.http.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parley.http.SearchParams;
import org.parley.search.ExchangeScope;
import org.parley.search.InvalidRequestException;
import org.parley.search.SearchRequest;
import org.parley.search.SortOrder;

/**
 * The search page's state, read from its URL by {@link SearchParams#readPage} through the API's own
 * parameter declarations (same names, checks and messages as {@code /api/search}); this adapter
 * only adds what the page's markup needs. Parsing never throws: a refused value becomes {@link
 * #error}.
 *
 * @param request what the page searches (when {@link #error} is set: the typed text only)
 * @param params the parameters in canonical form, for the page's own links
 * @param isSearch whether there is anything to search for (text or a filter)
 * @param error a message for the user, or {@code null}
 */
public record PageQuery(SearchRequest request, UrlParams params, boolean isSearch, String error) {

  /** Reads the page's parameters; names the page does not take are ignored. */
  public static PageQuery parse(Map<String, List<String>> query) {
    SearchParams.PageRequest read = SearchParams.readPage(query);
    if (read.error() != null) {
      // The typed text goes back into the box, escaped, so it can be corrected.
      List<String> typed = query.getOrDefault("q", List.of());
      String text = typed.isEmpty() ? "" : typed.get(0).strip();
      return new PageQuery(
          SearchRequest.of(text),
          new UrlParams(),
          false,
          describe(read.errorParam(), read.error()));
    }
    UrlParams params = new UrlParams();
    read.params().forEach(e -> params.add(e.getKey(), e.getValue()));
    return new PageQuery(read.request(), params, read.isSearch(), null);
  }

  /** A refusal of the search service (a leading wildcard, say), as the page shows it. */
  static String describe(InvalidRequestException e) {
    return describe(e.param(), e.getMessage());
  }

  /** The API's message for a refused parameter, in a sentence that says what to change. */
  static String describe(String param, String message) {
    return ("q".equals(param) ? "This query cannot be searched: " : "This search cannot be run: ")
        + message
        + ".";
  }

  public String query() {
    return request.query();
  }

  public List<String> speakers() {
    return request.speakers();
  }

  public List<String> topics() {
    return request.topics();
  }

  public List<String> roles() {
    return request.roles();
  }

  public LocalDate from() {
    return request.from();
  }

  public LocalDate to() {
    return request.to();
  }

  /** Where to look: questions, answers or everywhere ({@code in=}). */
  public ExchangeScope scope() {
    return request.scope();
  }

  public SortOrder sort() {
    return request.sort();
  }

  public int page() {
    return request.page();
  }
}

package org.parley.http;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.search.ExchangeScope;
import org.parley.search.FacetField;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;
import org.parley.speakers.Role;

/**
 * The parameters of {@code /api/search} (and of {@code /api/export}, which takes the same so that a
 * search URL becomes an export URL by changing its path), declared once, and their reading into a
 * {@link SearchRequest}.
 */
final class SearchParams {
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
          "Order of hits: relevance (newest first when q is empty), date (oldest first) or -date.",
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
          10_000,
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

package org.parley.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.parley.index.Schema;

/**
 * Runs searches: one acquired searcher per request (released in {@code finally}), the text query
 * and filters from {@link QueryFactory}, top hits with a bounded exact count, highlights, and
 * facets only when asked for.
 */
public final class SearchService {
  /** Hits counted exactly; beyond this the total is a lower bound and scoring can skip blocks. */
  public static final int TOTAL_HITS_THRESHOLD = 10_000;

  /** Deepest hit a page may reach; deeper result sets are read with the export. */
  public static final int MAX_WINDOW = 10_000;

  private final GenerationSearcherManager searchers;
  private final QueryFactory queries;
  private final long timeoutMillis;

  public SearchService(
      GenerationSearcherManager searchers, QueryFactory queries, long timeoutMillis) {
    this.searchers = searchers;
    this.queries = queries;
    this.timeoutMillis = timeoutMillis;
  }

  public GenerationSearcherManager searchers() {
    return searchers;
  }

  public QueryFactory queries() {
    return queries;
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    validate(request);
    ParleySearcher searcher = searchers.acquire();
    try {
      return searchOn(searcher, request);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * {@code request} answered by {@code searcher}, which the caller holds: a generation being warmed
   * up before it goes live, or the one {@link #search} acquired.
   */
  public SearchResponse searchOn(ParleySearcher searcher, SearchRequest request)
      throws IOException {
    long start = System.nanoTime();
    validate(request);
    TextQuery textQuery =
        queries.build(request.query(), searcher.getIndexReader(), searcher.acronyms());
    Query text = textQuery.query();
    Query filters = queries.filters(request, null);
    Query query = QueryFactory.combine(text, filters);
    QueryFactory.checkExpansions(searcher, text);
    IndexSearcher timed = timed(searcher);
    int window = request.page() * request.size();
    Sort sort = sortFor(request);
    Set<FacetField> sharedFacets = EnumSet.noneOf(FacetField.class);
    for (FacetField f : request.facets()) {
      if (!filtersOn(request, f)) {
        sharedFacets.add(f);
      }
    }
    TopDocs top;
    FacetsCollector sharedHits = null;
    if (!sharedFacets.isEmpty()) {
      FacetsCollectorManager.FacetsResult result =
          sort == null
              ? FacetsCollectorManager.search(timed, query, window, new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  timed, query, window, sort, new FacetsCollectorManager());
      top = result.topDocs();
      sharedHits = result.facetsCollector();
    } else {
      top =
          sort == null
              ? timed.search(
                  query, new TopScoreDocCollectorManager(window, null, TOTAL_HITS_THRESHOLD))
              : timed.search(
                  query, new TopFieldCollectorManager(sort, window, null, TOTAL_HITS_THRESHOLD));
    }
    ScoreDoc[] pageDocs = page(top.scoreDocs, request);
    TopDocs pageTop = new TopDocs(top.totalHits, pageDocs);
    // Each paragraph is read (and decompressed) once, for its hit and for the highlighter.
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[pageDocs.length];
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < pageDocs.length; i++) {
      docs[i] = stored.document(pageDocs[i].doc);
      texts.put(pageDocs[i].doc, docs[i].get(Schema.TEXT));
    }
    String[] highlights =
        Highlighter.highlight(
            searcher, queries.analyzer(), text, pageTop, request.fragmentSize(), texts::get);
    List<Hit> hits = new java.util.ArrayList<>(pageDocs.length);
    MatchedClauses matched = MatchedClauses.of(timed, textQuery.clauses(), pageDocs);
    for (int i = 0; i < pageDocs.length; i++) {
      Hit hit = HitMapper.toHit(docs[i], pageDocs[i].score, highlights[i]);
      if (matched.hasClauses()) {
        HitExplanation why =
            request.explain() ? HitExplanation.of(timed.explain(query, pageDocs[i].doc)) : null;
        hit = matched.describe(hit, i, why);
      }
      hits.add(hit);
    }
    Long allTermsTotal = allTermsTotal(timed, textQuery, filters, top, sort == null);
    Map<String, List<FacetValue>> facets = null;
    if (!request.facets().isEmpty()) {
      facets = new LinkedHashMap<>();
      for (FacetField f : FacetField.values()) {
        if (!request.facets().contains(f)) {
          continue;
        }
        FacetsCollector hitsForFacet =
            sharedFacets.contains(f)
                ? sharedHits
                : timed.search(
                    QueryFactory.combine(text, queries.filters(request, f)),
                    new FacetsCollectorManager());
        facets.put(f.id(), FacetCounter.count(searcher, f, hitsForFacet));
      }
    }
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new SearchResponse(
        request.query(),
        top.totalHits.value(),
        exact ? "eq" : "gte",
        (System.nanoTime() - start) / 1_000_000,
        request.page(),
        request.size(),
        hits,
        facets,
        allTermsTotal,
        textQuery.expansions().isEmpty() ? null : textQuery.expansions());
  }

  /**
   * How many hits have every word that counts; {@code null} when nothing can be partial. Ranked by
   * relevance, those hits come first, so when the collected window already ends in a partial match
   * they are counted in it, at no cost. Otherwise their query is counted, exactly up to {@link
   * #TOTAL_HITS_THRESHOLD} (a lower bound beyond, like {@code total}), as constant scores that let
   * the count stop early.
   */
  private static Long allTermsTotal(
      IndexSearcher searcher, TextQuery text, Query filters, TopDocs top, boolean byRelevance)
      throws IOException {
    if (text.allWords() == null) {
      return null;
    }
    ScoreDoc[] window = top.scoreDocs;
    float allWordsScore = text.allWordsScore();
    boolean allCollected =
        top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
            && top.totalHits.value() == window.length;
    if (byRelevance
        && window.length > 0
        && (window[window.length - 1].score < allWordsScore || allCollected)) {
      return java.util.Arrays.stream(window).filter(d -> d.score >= allWordsScore).count();
    }
    Query counted = new ConstantScoreQuery(QueryFactory.combine(text.allWords(), filters));
    return searcher
        .search(counted, new TopScoreDocCollectorManager(1, null, TOTAL_HITS_THRESHOLD))
        .totalHits
        .value();
  }

  /** Checks what a caller could get wrong; the HTTP layer checks the same earlier, per param. */
  static void validate(SearchRequest request) {
    if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
      throw new InvalidRequestException(
          "size", "size must be between 1 and " + SearchRequest.MAX_SIZE);
    }
    if (request.page() < 1) {
      throw new InvalidRequestException("page", "page must be 1 or more");
    }
    if ((long) request.page() * request.size() > MAX_WINDOW) {
      throw new InvalidRequestException(
          "page", "page * size must be at most " + MAX_WINDOW + "; use /api/export to read deeper");
    }
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      throw new InvalidRequestException("from", "from must not be after to");
    }
    if (request.fragmentSize() < 0 || request.fragmentSize() > SearchRequest.MAX_FRAGMENT_SIZE) {
      throw new InvalidRequestException(
          "fragment", "fragment must be between 0 and " + SearchRequest.MAX_FRAGMENT_SIZE);
    }
  }

  private static boolean filtersOn(SearchRequest request, FacetField field) {
    return switch (field) {
      case SPEAKER -> !request.speakers().isEmpty();
      case TOPIC -> !request.topics().isEmpty();
      case ROLE -> !request.roles().isEmpty();
      case OUTLET, YEAR, MONTH -> false;
    };
  }

  /** {@code null} means relevance. A blank query sorted "by relevance" lists newest first. */
  static Sort sortFor(SearchRequest request) {
    SortOrder order = request.sort();
    if (order == SortOrder.RELEVANCE && request.query().isBlank()) {
      order = SortOrder.DATE_DESC;
    }
    return switch (order) {
      case RELEVANCE -> null;
      case DATE_ASC, DATE_DESC ->
          new Sort(
              new SortedNumericSortField(
                  Schema.DATE, SortField.Type.LONG, order == SortOrder.DATE_DESC),
              new SortField(Schema.DOC_ID, SortField.Type.STRING),
              new SortedNumericSortField(Schema.PARAGRAPH, SortField.Type.INT));
      case INDEXED_DESC ->
          new Sort(
              new SortField(Schema.FIRST_INDEXED, SortField.Type.LONG, true),
              new SortedNumericSortField(Schema.DATE, SortField.Type.LONG, true),
              new SortField(Schema.DOC_ID, SortField.Type.STRING),
              new SortedNumericSortField(Schema.PARAGRAPH, SortField.Type.INT));
    };
  }

  private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest request) {
    int from = (request.page() - 1) * request.size();
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    return Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
  }

  /**
   * A per-request view of the shared reader with its own time budget: the searcher is cheap to
   * create, and a timeout set on the shared one would leak across requests.
   */
  private IndexSearcher timed(ParleySearcher searcher) {
    IndexSearcher timed = new IndexSearcher(searcher.getIndexReader());
    timed.setSimilarity(QueryFactory.SIMILARITY);
    timed.setTimeout(new QueryTimeoutImpl(timeoutMillis));
    return timed;
  }
}

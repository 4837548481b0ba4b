package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.parley.index.CommitInfo;
import org.parley.index.Schema;

/**
 * Everything that reads the index without ranking: a paragraph in its context, a whole document,
 * the list of speakers and topics with counts, the index statistics, and the streamed export.
 */
public final class BrowseService {
  /** Widest context asked for around a paragraph. */
  public static final int MAX_CONTEXT = 20;

  private static final Sort READING_ORDER =
      new Sort(new SortedNumericSortField(Schema.PARAGRAPH, SortField.Type.INT));
  private static final int EXPORT_PAGE = 500;

  private final GenerationSearcherManager searchers;
  private final QueryFactory queries;

  public BrowseService(GenerationSearcherManager searchers, QueryFactory queries) {
    this.searchers = searchers;
    this.queries = queries;
  }

  /** The paragraph {@code id} with {@code context} paragraphs either side; empty if unknown. */
  public Optional<ParagraphContext> paragraph(String id, int context) throws IOException {
    if (context < 0 || context > MAX_CONTEXT) {
      throw new InvalidRequestException("context", "context must be between 0 and " + MAX_CONTEXT);
    }
    ParleySearcher searcher = searchers.acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      StoredFields stored = searcher.storedFields();
      Hit hit = HitMapper.toHit(stored, found.scoreDocs[0].doc, 0f, null);
      Query around =
          new BooleanQuery.Builder()
              .add(
                  new TermQuery(new Term(Schema.DOC_ID, hit.doc().id())),
                  BooleanClause.Occur.FILTER)
              .add(
                  IntPoint.newRangeQuery(
                      Schema.PARAGRAPH, hit.paragraph() - context, hit.paragraph() + context),
                  BooleanClause.Occur.FILTER)
              .build();
      List<Hit> before = new ArrayList<>();
      List<Hit> after = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(around, 2 * context + 1, READING_ORDER).scoreDocs) {
        Hit h = HitMapper.toHit(stored, sd.doc, 0f, null);
        if (h.paragraph() < hit.paragraph()) {
          before.add(h);
        } else if (h.paragraph() > hit.paragraph()) {
          after.add(h);
        }
      }
      return Optional.of(new ParagraphContext(hit, before, after, hit.doc()));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every paragraph of document {@code id} in order; empty if unknown. */
  public Optional<DocumentView> document(String id) throws IOException {
    ParleySearcher searcher = searchers.acquire();
    try {
      Query query = new TermQuery(new Term(Schema.DOC_ID, id));
      int count = searcher.count(query);
      if (count == 0) {
        return Optional.empty();
      }
      StoredFields stored = searcher.storedFields();
      List<Hit> paragraphs = new ArrayList<>(count);
      for (ScoreDoc sd : searcher.search(query, count, READING_ORDER).scoreDocs) {
        paragraphs.add(HitMapper.toHit(stored, sd.doc, 0f, null));
      }
      return Optional.of(new DocumentView(paragraphs.get(0).doc(), paragraphs));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every speaker with their paragraph count, most frequent first. */
  public List<FacetValue> speakers() throws IOException {
    return countAll(FacetField.SPEAKER);
  }

  /** Every topic with its paragraph count, most frequent first. */
  public List<FacetValue> topics() throws IOException {
    return countAll(FacetField.TOPIC);
  }

  private List<FacetValue> countAll(FacetField field) throws IOException {
    ParleySearcher searcher = searchers.acquire();
    try {
      FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      return FacetCounter.all(searcher, field, all);
    } finally {
      searchers.release(searcher);
    }
  }

  public IndexStats stats() throws IOException {
    ParleySearcher searcher = searchers.acquire();
    try {
      CommitInfo info = searcher.info();
      return new IndexStats(
          searcher.generation(),
          info.documents(),
          searcher.getIndexReader().numDocs(),
          info.builtAt(),
          info.corpusHash(),
          searcher.overview());
    } finally {
      searchers.release(searcher);
    }
  }

  /** What the live generation holds: counts, organisations, years, example searches. */
  public CorpusOverview overview() throws IOException {
    ParleySearcher searcher = searchers.acquire();
    try {
      return searcher.overview();
    } finally {
      searchers.release(searcher);
    }
  }

  /** The live generation's name (the ETag of GET responses). */
  public String generation() throws IOException {
    ParleySearcher searcher = searchers.acquire();
    try {
      return searcher.generation();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Receives exported hits one at a time. */
  @FunctionalInterface
  public interface HitSink {
    /**
     * Told, before the first hit, how many hits there are at least (exact for small results, a
     * lower bound beyond Lucene's counting threshold), so that a sink with a row budget can refuse
     * an export before writing anything.
     */
    default void expect(long atLeast) throws IOException {}

    void accept(Hit hit) throws IOException;
  }

  /**
   * Streams every match of {@code request} (its page and size ignored) in its sort order to {@code
   * sink}, page by page with {@code searchAfter}, all from one generation.
   *
   * @return the number of hits written
   */
  public long export(SearchRequest request, HitSink sink) throws IOException {
    Sort sort = SearchService.sortFor(request);
    ParleySearcher searcher = searchers.acquire();
    try {
      Query text =
          queries.build(request.query(), searcher.getIndexReader(), searcher.acronyms()).query();
      Query query = QueryFactory.combine(text, queries.filters(request, null));
      QueryFactory.checkExpansions(searcher, text);
      StoredFields stored = searcher.storedFields();
      long written = 0;
      ScoreDoc after = null;
      while (true) {
        TopDocs page =
            sort == null
                ? searcher.searchAfter(after, query, EXPORT_PAGE)
                : searcher.searchAfter(after, query, EXPORT_PAGE, sort);
        if (after == null) {
          sink.expect(page.totalHits.value());
        }
        if (page.scoreDocs.length == 0) {
          return written;
        }
        for (ScoreDoc sd : page.scoreDocs) {
          sink.accept(HitMapper.toHit(stored, sd.doc, sd.score, null));
          written++;
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
      }
    } finally {
      searchers.release(searcher);
    }
  }
}

package org.parley.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.Schema;
import org.parley.search.FacetField;
import org.parley.search.QueryFactory;
import org.parley.search.SearchRequest;

/**
 * The baseline: one index generation searched with nothing but Lucene around it. One reader and one
 * {@link IndexSearcher} for the process (the index never changes during a run), the Lucene query
 * Parley's {@link QueryFactory} builds for the same request (so both sides rank the same query and
 * their hits can be compared), top hits with the same exact-count threshold as Parley, the {@link
 * UnifiedHighlighter} with its defaults (sentence passages, offsets from the postings,
 * HTML-escaping formatter), every stored field of each hit, and facets counted from doc values.
 * Thread-safe.
 */
public final class RawLuceneSearcher implements Closeable {
  /** Hits counted exactly before the total becomes a lower bound: the same as Parley's. */
  static final int TOTAL_HITS_THRESHOLD = 10_000;

  private static final int FACET_VALUES = 50;
  private static final int PASSAGES = 2;
  private static final JsonFactory JSON = new JsonFactory();

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ParleyAnalyzers analyzers;
  private final QueryFactory queries;
  private final UnifiedHighlighter highlighter;
  private final Map<FacetField, StringDocValuesReaderState> facetStates;

  private RawLuceneSearcher(Directory directory, DirectoryReader reader, ParleyAnalyzers analyzers)
      throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    // The same ranking as Parley: same query, same BM25 parameters.
    searcher.setSimilarity(QueryFactory.SIMILARITY);
    this.analyzers = analyzers;
    this.queries = new QueryFactory(analyzers);
    this.highlighter =
        UnifiedHighlighter.builder(searcher, queries.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true))
            .build();
    Map<FacetField, StringDocValuesReaderState> states = new LinkedHashMap<>();
    states.put(FacetField.SPEAKER, new StringDocValuesReaderState(reader, Schema.SPEAKER));
    states.put(FacetField.TOPIC, new StringDocValuesReaderState(reader, Schema.TOPIC));
    states.put(FacetField.ROLE, new StringDocValuesReaderState(reader, Schema.ROLE));
    this.facetStates = states;
  }

  /** Opens the Lucene index in {@code generationDir} (one generation folder, not the root). */
  public static RawLuceneSearcher open(Path generationDir, ParleyConfig config) throws IOException {
    Directory directory = FSDirectory.open(generationDir);
    DirectoryReader reader = null;
    ParleyAnalyzers analyzers = null;
    try {
      reader = DirectoryReader.open(directory);
      analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
      return new RawLuceneSearcher(directory, reader, analyzers);
    } catch (IOException | RuntimeException e) {
      if (analyzers != null) {
        analyzers.close();
      }
      org.apache.lucene.util.IOUtils.closeWhileHandlingException(reader, directory);
      throw e;
    }
  }

  /** One hit: its stored fields, score and highlight. */
  public record RawHit(float score, String highlight, Map<String, Object> fields) {
    public String id() {
      return (String) fields.get(Schema.ID);
    }
  }

  /** The answer to one request. */
  public record RawResult(long total, List<RawHit> hits, Map<String, Map<String, Long>> facets) {
    public List<String> ids() {
      return hits.stream().map(RawHit::id).toList();
    }

    /** Writes {@code {"total":..,"hits":[..],"facets":{..}}}. */
    public void writeJson(OutputStream out) throws IOException {
      try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        json.writeStartObject();
        json.writeNumberField("total", total);
        json.writeArrayFieldStart("hits");
        for (RawHit hit : hits) {
          json.writeStartObject();
          json.writeNumberField("score", hit.score());
          json.writeStringField("highlight", hit.highlight());
          for (Map.Entry<String, Object> field : hit.fields().entrySet()) {
            json.writeFieldName(field.getKey());
            writeValue(json, field.getValue());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        if (!facets.isEmpty()) {
          json.writeObjectFieldStart("facets");
          for (Map.Entry<String, Map<String, Long>> facet : facets.entrySet()) {
            json.writeArrayFieldStart(facet.getKey());
            for (Map.Entry<String, Long> value : facet.getValue().entrySet()) {
              json.writeStartObject();
              json.writeStringField("value", value.getKey());
              json.writeNumberField("count", value.getValue());
              json.writeEndObject();
            }
            json.writeEndArray();
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
      if (value instanceof List<?> list) {
        json.writeStartArray();
        for (Object v : list) {
          writeValue(json, v);
        }
        json.writeEndArray();
      } else if (value instanceof Number n) {
        json.writeNumber(n.longValue());
      } else {
        json.writeString(String.valueOf(value));
      }
    }
  }

  public RawResult search(SearchRequest request) throws IOException {
    Query text = queries.textQuery(request.query(), searcher.getIndexReader());
    Query query = QueryFactory.combine(text, queries.filters(request, null));
    int window = request.page() * request.size();
    Sort sort = sortFor(request);
    TopDocs top;
    FacetsCollector facetHits = null;
    if (!request.facets().isEmpty()) {
      FacetsCollectorManager.FacetsResult result =
          sort == null
              ? FacetsCollectorManager.search(searcher, query, window, new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  searcher, query, window, sort, new FacetsCollectorManager());
      top = result.topDocs();
      facetHits = result.facetsCollector();
    } else {
      top =
          sort == null
              ? searcher.search(
                  query, new TopScoreDocCollectorManager(window, null, TOTAL_HITS_THRESHOLD))
              : searcher.search(
                  query, new TopFieldCollectorManager(sort, window, null, TOTAL_HITS_THRESHOLD));
    }
    int from = Math.min(top.scoreDocs.length, (request.page() - 1) * request.size());
    ScoreDoc[] page =
        java.util.Arrays.copyOfRange(
            top.scoreDocs, from, Math.min(top.scoreDocs.length, from + request.size()));
    TopDocs pageTop = new TopDocs(top.totalHits, page);
    String[] highlights =
        page.length == 0
            ? new String[0]
            : highlighter.highlight(Schema.TEXT, text, pageTop, PASSAGES);
    StoredFields stored = searcher.storedFields();
    List<RawHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(new RawHit(page[i].score, highlights[i], fields(stored.document(page[i].doc))));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (FacetField field : FacetField.values()) {
      if (request.facets().contains(field)) {
        // A facet whose own filter is set is counted without it (disjunctive counts).
        FacetsCollector counted =
            filtered(request, field)
                ? searcher.search(
                    QueryFactory.combine(text, queries.filters(request, field)),
                    new FacetsCollectorManager())
                : facetHits;
        facets.put(field.id(), count(field, counted));
      }
    }
    return new RawResult(top.totalHits.value(), hits, facets);
  }

  private Map<String, Long> count(FacetField field, FacetsCollector hits) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    FacetResult result =
        switch (field) {
          case SPEAKER, TOPIC, ROLE ->
              new StringValueFacetCounts(facetStates.get(field), hits)
                  .getTopChildren(FACET_VALUES, field.id());
          case YEAR -> new LongValueFacetCounts(Schema.YEAR, hits).getAllChildrenSortByValue();
          case MONTH -> new LongValueFacetCounts(Schema.MONTH, hits).getAllChildrenSortByValue();
          // The raw index keeps no outlets; the query files never ask for them.
          case OUTLET -> throw new IllegalArgumentException("the raw baseline has no outlet facet");
        };
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        values.put(lv.label, lv.value.longValue());
      }
    }
    return values;
  }

  private static boolean filtered(SearchRequest request, FacetField field) {
    return switch (field) {
      case SPEAKER -> !request.speakers().isEmpty();
      case TOPIC -> !request.topics().isEmpty();
      case ROLE -> !request.roles().isEmpty();
      case YEAR, MONTH, OUTLET -> false;
    };
  }

  /** Relevance ({@code null}), or date order; a blank query lists newest first. */
  static Sort sortFor(SearchRequest request) {
    boolean blank = request.query().isBlank();
    return switch (request.sort()) {
      case RELEVANCE -> blank ? dateSort(true) : null;
      case DATE_ASC -> dateSort(false);
      case DATE_DESC -> dateSort(true);
      // The raw index records no first-indexed dates; the query files never ask for this order.
      case INDEXED_DESC ->
          throw new IllegalArgumentException("the raw baseline cannot sort by -indexed");
    };
  }

  private static Sort dateSort(boolean newestFirst) {
    return new Sort(
        new SortedNumericSortField(Schema.DATE, SortField.Type.LONG, newestFirst),
        new SortField(Schema.DOC_ID, SortField.Type.STRING),
        new SortedNumericSortField(Schema.PARAGRAPH, SortField.Type.INT));
  }

  private static Map<String, Object> fields(Document doc) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (IndexableField field : doc.getFields()) {
      Object value =
          field.numericValue() != null ? field.numericValue() : (Object) field.stringValue();
      fields.merge(
          field.name(),
          value,
          (a, b) -> {
            List<Object> values = new ArrayList<>();
            if (a instanceof List<?> list) {
              values.addAll(list);
            } else {
              values.add(a);
            }
            values.add(b);
            return values;
          });
    }
    return fields;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
      directory.close();
    } finally {
      analyzers.close();
    }
  }
}

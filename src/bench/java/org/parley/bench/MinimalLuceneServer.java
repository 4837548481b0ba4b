package org.parley.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.Schema;
import org.parley.search.InvalidRequestException;
import org.parley.search.QueryFactory;
import org.parley.search.SearchRequest;

/**
 * The smallest search server that answers what Parley's page shows first: the JDK's {@link
 * HttpServer}, one handler, the query {@link QueryFactory} builds (the same matching: word tiers,
 * variants, filters), top 10 by relevance with the same exact-count threshold, one highlighted
 * passage from the text field, and only the id, score and highlight of each hit as JSON. No facets,
 * no other stored field, no matched-clause labels, no all-words count, no routing framework. Where
 * the like-for-like raw server ({@link RawLuceneServer}) does what Parley does, this one shows what
 * a bare search API would cost.
 */
public final class MinimalLuceneServer {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int THREADS = RawLuceneServer.THREADS;

  private MinimalLuceneServer() {}

  /** {@code MinimalLuceneServer GENERATION_DIR CONFIG_DIR PORT}; prints {@code listening on}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: MinimalLuceneServer GENERATION_DIR CONFIG_DIR PORT");
      System.exit(2);
    }
    ParleyConfig config = ParleyConfig.load(Path.of(args[1]));
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0]));
        DirectoryReader reader = DirectoryReader.open(dir);
        ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis())) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(QueryFactory.SIMILARITY);
      QueryFactory queries = new QueryFactory(analyzers);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, queries.analyzer())
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true))
              .withMaxNoHighlightPassages(1)
              .build();
      HttpServer server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[2])),
              128);
      AtomicInteger n = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              THREADS,
              r -> {
                Thread t = new Thread(r, "minimal-lucene-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(pool);
      server.createContext(
          "/api/search", exchange -> handle(exchange, searcher, queries, highlighter));
      server.start();
      System.out.println("listening on " + server.getAddress().getPort());
      System.out.flush();
      new CountDownLatch(1).await();
    }
  }

  private static void handle(
      HttpExchange exchange,
      IndexSearcher searcher,
      QueryFactory queries,
      UnifiedHighlighter highlighter)
      throws IOException {
    try (exchange) {
      ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
      int status = 200;
      try {
        SearchRequest request =
            BenchQuery.fromQueryString("http", exchange.getRequestURI().getRawQuery())
                .toSearchRequest();
        search(request, searcher, queries, highlighter, body);
      } catch (InvalidRequestException | IllegalArgumentException e) {
        status = 400;
        body.reset();
        body.writeBytes("{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        status = 500;
        body.reset();
        body.writeBytes("{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8));
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      byte[] bytes = body.toByteArray();
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void search(
      SearchRequest request,
      IndexSearcher searcher,
      QueryFactory queries,
      UnifiedHighlighter highlighter,
      OutputStream out)
      throws IOException {
    Query text = queries.textQuery(request.query(), searcher.getIndexReader());
    Query query = QueryFactory.combine(text, queries.filters(request, null));
    // Filter-only browsing and date order sort by date, as on every side.
    Sort sort = RawLuceneSearcher.sortFor(request);
    int threshold = RawLuceneSearcher.TOTAL_HITS_THRESHOLD;
    TopDocs top =
        sort == null
            ? searcher.search(
                query, new TopScoreDocCollectorManager(request.size(), null, threshold))
            : searcher.search(
                query, new TopFieldCollectorManager(sort, request.size(), null, threshold));
    String[] highlights =
        top.scoreDocs.length == 0 ? new String[0] : highlighter.highlight(Schema.TEXT, text, top);
    StoredFields stored = searcher.storedFields();
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeNumberField("total", top.totalHits.value());
      json.writeArrayFieldStart("hits");
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc hit = top.scoreDocs[i];
        json.writeStartObject();
        json.writeStringField("id", stored.document(hit.doc, Set.of(Schema.ID)).get(Schema.ID));
        json.writeNumberField("score", hit.score);
        json.writeStringField("highlight", highlights[i]);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}

package org.parley.bench;

import java.io.OutputStream;
import java.util.List;
import org.parley.json.ResponseJson;
import org.parley.search.Hit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;

/**
 * The sides that run in the benchmark's own JVM, without HTTP: each request is searched and its
 * JSON written to nowhere, so they do everything a server does except the network and the
 * framework.
 */
final class InProcessTargets {
  private InProcessTargets() {}

  /** Raw Lucene, in-process. */
  static SearchTarget raw(RawLuceneSearcher searcher) {
    return new SearchTarget() {
      @Override
      public String name() {
        return "raw-inproc";
      }

      @Override
      public Call prepare(BenchQuery query) {
        SearchRequest request = query.toSearchRequest();
        return () -> searcher.search(request).writeJson(OutputStream.nullOutputStream());
      }

      @Override
      public List<String> topIds(BenchQuery query) throws Exception {
        return searcher.search(query.toSearchRequest()).ids();
      }
    };
  }

  /** Parley's search service, in-process: Parley without its HTTP layer. */
  static SearchTarget parley(SearchService service) {
    return new SearchTarget() {
      @Override
      public String name() {
        return "parley-inproc";
      }

      @Override
      public Call prepare(BenchQuery query) {
        SearchRequest request = query.toSearchRequest();
        return () ->
            ResponseJson.MAPPER.writeValue(
                OutputStream.nullOutputStream(), service.search(request));
      }

      @Override
      public List<String> topIds(BenchQuery query) throws Exception {
        return service.search(query.toSearchRequest()).hits().stream().map(Hit::id).toList();
      }
    };
  }
}

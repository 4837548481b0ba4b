package org.parley.bench;

import java.util.List;

/**
 * One side of the comparison: something that answers the mix's requests (Parley over HTTP, the raw
 * Lucene server over HTTP, Lucene in-process, ...). Thread-safe: the closed-loop client calls it
 * from several threads at once.
 */
interface SearchTarget extends AutoCloseable {
  /** Short name for the report ({@code parley-http}). */
  String name();

  /**
   * Everything about {@code query} that can be prepared once (URLs, parsed requests), so that the
   * timed loop only runs requests.
   */
  Call prepare(BenchQuery query);

  /** The ids of the hits, in order, for the agreement check. */
  List<String> topIds(BenchQuery query) throws Exception;

  @Override
  default void close() throws Exception {}

  /** One prepared request; throws when the answer is not a success. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }
}

/**
 * The benchmark harness ({@code parley bench}): a seeded generator of synthetic transcripts, a
 * checked-in query mix by category, a closed-loop HTTP client, and the raw-Lucene baseline Parley
 * is measured against (an in-process searcher, a minimal JDK HTTP server over it, and a plain
 * {@code IndexWriter}).
 *
 * <p>NOTE: unlike the rest of Parley, this package imports Lucene's index and search APIs outside
 * {@code index} and {@code search}: the baseline is Lucene with nothing of Parley's serving code
 * around it. It reuses Parley's {@code Schema}, analyzers and query building so that both sides
 * index the same fields and run the same queries, which is what makes their speeds comparable.
 *
 * <p>May import: {@code org.parley}, {@code org.apache.lucene}, {@code com.fasterxml.jackson},
 * {@code com.sun.net.httpserver}, {@code picocli}.
 */
package org.parley.bench;

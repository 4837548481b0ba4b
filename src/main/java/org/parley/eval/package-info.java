/**
 * Relevance evaluation, in Anserini's habit: judged queries checked in, run through the same {@code
 * SearchService} the API uses, scored with nDCG@10, recall@10 and MRR beside a plain Lucene
 * baseline over the same paragraphs, in one run.
 *
 * <p>May use: {@code ingest} (to find judged paragraphs), {@code index} and {@code search} (to run
 * Parley), Lucene (the baseline) and Jackson (judgments and the report). Nothing depends on it but
 * the command line.
 *
 * <p>May import: {@code org.parley.ingest}, {@code org.parley.index}, {@code org.parley.search},
 * {@code org.apache.lucene}, {@code com.fasterxml.jackson}.
 */
package org.parley.eval;

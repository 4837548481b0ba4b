/**
 * Relevance evaluation, in Anserini's habit: judged queries checked in, run through the same {@code
 * SearchService} the API uses, scored with nDCG@10, recall@10 and MRR beside a plain Lucene
 * baseline over the same paragraphs, in one run.
 *
 * <p>May use: {@code ingest} (to find judged paragraphs), {@code index} and {@code search} (to run
 * Parley), Lucene (the baseline) and Jackson (judgments and the report). Nothing depends on it but
 * the command line.
 */
package org.parley.eval;

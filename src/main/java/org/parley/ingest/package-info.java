/**
 * Corpus reading and transcript parsing: a corpus folder becomes plain records ({@link
 * org.parley.ingest.Transcript}, {@link org.parley.ingest.Paragraph}, {@link
 * org.parley.ingest.Turn}, {@link org.parley.ingest.Speaker}). {@link
 * org.parley.ingest.CorpusReader} is the entry point.
 *
 * <p>No Lucene and no Javalin here: everything is pure and fast to test. Speaker resolution uses
 * the {@code config} package's {@code SpeakerRegistry}.
 */
package org.parley.ingest;

/**
 * Corpus reading and transcript parsing: a corpus folder becomes plain records ({@link
 * org.parley.ingest.Transcript}, {@link org.parley.ingest.Paragraph}, {@link
 * org.parley.ingest.Turn}, {@link org.parley.ingest.Speaker}). {@link
 * org.parley.ingest.CorpusReader} is the entry point.
 *
 * <p>No Lucene and no Javalin here: everything is pure and fast to test. Speaker resolution uses
 * the {@code speakers} package's {@code SpeakerRegistry}, loaded by {@code config}.
 *
 * <p>May import: {@code org.parley.config}, {@code org.parley.speakers}, {@code
 * com.fasterxml.jackson}, {@code org.slf4j}.
 */
package org.parley.ingest;

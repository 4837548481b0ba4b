/**
 * Who speaks: the speaker model shared by ingest, indexing and the API ({@link
 * org.parley.speakers.Role}, the persons, offices, organisations and terms of office of {@link
 * org.parley.speakers.SpeakerRegistry}) and how names are compared ({@link
 * org.parley.speakers.SpeakerNames}). Plain data, loaded from {@code index-config/speakers.yaml} by
 * {@code config}; depends on no other Parley package, which is what lets both {@code config} and
 * {@code ingest} use it without importing each other.
 *
 * <p>May import: {@code org.apache.lucene.analysis} (ASCII folding of names, the same folding the
 * analyzers apply).
 */
package org.parley.speakers;

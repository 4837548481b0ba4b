/**
 * The index: the one {@link org.parley.index.Schema} (every field, its type, analyzer and why), the
 * paragraph to {@code Document} mapping, and the offline builder that writes a new generation with
 * one {@code IndexWriter}, verifies it and only then makes it live.
 *
 * <p>May import: {@code org.parley.analysis}, {@code org.parley.config}, {@code org.parley.ingest},
 * {@code org.parley.speakers}, {@code org.parley.tagging}, {@code org.apache.lucene}, {@code
 * me.tongfei.progressbar}, {@code org.slf4j}.
 */
package org.parley.index;

/**
 * Topic tagging: the rules of {@code index-config/topics.yaml}, compiled once, applied to each
 * paragraph's captured tokens while it is indexed.
 *
 * <p>NOTE: unlike other packages above {@code index}, this one uses Lucene's query classes: topic
 * rules are written in Lucene's query syntax, parsed by its query parser, and compiled from the
 * resulting {@code Query} tree into matchers over captured tokens; the few rule shapes the compiler
 * does not cover run on a one-document {@code MemoryIndex}. It never opens an index or a searcher.
 *
 * <p>May import: {@code org.parley.analysis}, {@code org.parley.config}, {@code
 * org.apache.lucene.analysis}, {@code org.apache.lucene.queryparser}, {@code
 * org.apache.lucene.search}, {@code org.apache.lucene.index}.
 */
package org.parley.tagging;

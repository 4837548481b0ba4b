/**
 * The analyzers built from config, in one place, used by tagging, indexing and querying alike so
 * that they never disagree: tokenizing, hyphen catenation, spelling variants, acronyms learnt from
 * the corpus, and the captured token stream that topic tagging reuses.
 *
 * <p>May import: {@code org.parley.config}, {@code org.apache.lucene.analysis}.
 */
package org.parley.analysis;

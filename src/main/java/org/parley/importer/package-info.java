/**
 * Importing saved web pages as Parley transcripts: a page's bytes are decoded (size cap, declared
 * character set, binary files refused), parsed with jsoup, the main content found by the per-site
 * rules of {@code index-config/sites.yaml} or by generic rules, and written into a corpus folder as
 * a front-matter transcript, atomically, replacing the earlier import of the same source URL.
 * {@link org.parley.importer.HtmlImporter} is the entry point.
 *
 * <p>Imports jsoup, Jackson (to read existing front matter) and the {@code config} package only: no
 * Lucene, no Javalin. Markup is only ever read through jsoup's parser, never with regular
 * expressions.
 *
 * <p>May import: {@code org.parley.config}, {@code org.jsoup}, {@code com.fasterxml.jackson},
 * {@code org.slf4j}.
 */
package org.parley.importer;

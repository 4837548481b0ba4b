package org.parley.ingest;

/**
 * A corpus file that could not be used, and why.
 *
 * @param file the path relative to the corpus folder
 * @param reason a short human-readable reason ("not UTF-8", "no date in text, front matter or file
 *     name")
 */
public record SkippedFile(String file, String reason) {}

package org.parley.search;

/**
 * What the live generation holds.
 *
 * @param generation folder name of the live generation
 * @param documents transcripts
 * @param paragraphs paragraphs
 * @param builtAt ISO instant the generation was committed
 * @param corpusHash hash of the corpus it was built from
 * @param corpus what the corpus holds: organisations, years, example searches
 */
public record IndexStats(
    String generation,
    int documents,
    int paragraphs,
    String builtAt,
    String corpusHash,
    CorpusOverview corpus) {}

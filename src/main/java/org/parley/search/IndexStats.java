package org.parley.search;

import com.fasterxml.jackson.annotation.JsonProperty;

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
    @JsonProperty("built_at") String builtAt,
    @JsonProperty("corpus_hash") String corpusHash,
    CorpusOverview corpus) {}

package org.parley.analysis;

/**
 * A paragraph analysed once: the tokens of the exact (unstemmed) field and of the stemmed field,
 * each replayable into the index and read by topic tagging.
 *
 * @param exact tokens of the index-time exact chain
 * @param stemmed tokens of the index-time stemmed chain (the same object when stemming is off)
 */
public record AnalysedText(CapturedTokens exact, CapturedTokens stemmed) {}

package org.parley.ingest;

/**
 * The answer a question received: the first turn that answers it (the first whose paragraphs carry
 * that {@link Question}), linked from each paragraph of the question turn.
 *
 * @param ordinal the answer's first paragraph, 1-based, in the same transcript
 * @param turn the answering turn: who answered, and the label as printed
 * @param text the answering turn's full text (its paragraphs joined by a blank line)
 */
public record Answer(int ordinal, Turn turn, String text) {}

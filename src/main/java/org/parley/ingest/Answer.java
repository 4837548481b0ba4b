package org.parley.ingest;

/**
 * The answer a question received: the first paragraph of the first turn that answers it (the turn
 * whose paragraphs carry that {@link Question}), linked from each paragraph of the question turn.
 *
 * @param ordinal the answer's first paragraph, 1-based, in the same transcript
 * @param speaker who answered
 */
public record Answer(int ordinal, Speaker speaker) {}

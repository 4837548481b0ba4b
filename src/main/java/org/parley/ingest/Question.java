package org.parley.ingest;

/**
 * The question an answer responds to, copied onto each paragraph of the answer turn.
 *
 * @param turn the question turn's number
 * @param speaker who asked
 * @param text the question's full text (all its paragraphs joined by a blank line)
 */
public record Question(int turn, Speaker speaker, String text) {}

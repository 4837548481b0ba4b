package org.parley.eval;

/**
 * One judged paragraph: identified by its file and a verbatim piece of its text, so judgments
 * survive changes to paragraph numbering.
 *
 * @param file path relative to the corpus folder ("kremlin/2016-09-05-interview-to-bloomberg.txt")
 * @param match a verbatim piece of the paragraph's text (white space runs compare as one space)
 * @param grade 2 highly relevant, 1 partially relevant, 0 judged not relevant
 */
public record Judgment(String file, String match, int grade) {}

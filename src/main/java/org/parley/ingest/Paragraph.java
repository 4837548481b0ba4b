package org.parley.ingest;

import java.util.List;

/**
 * One paragraph of a transcript, the unit Parley indexes and returns.
 *
 * @param ordinal 1-based position among the transcript's paragraphs (header lines excluded)
 * @param text the paragraph's text, without the speaker label that opened it
 * @param turn the turn it belongs to
 * @param question the question this paragraph answers, or {@code null} if it answers none
 * @param answer for a paragraph of a question turn, the answer that question received; {@code null}
 *     for other paragraphs and for a question nobody answered before the next one
 * @param presetTopics topics given by the source itself (JSON Lines records); the topic rules add
 *     to these
 */
public record Paragraph(
    int ordinal,
    String text,
    Turn turn,
    Question question,
    Answer answer,
    List<String> presetTopics) {
  public Paragraph {
    presetTopics = List.copyOf(presetTopics);
  }
}

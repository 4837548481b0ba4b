package org.parley.index;

/**
 * How an answer begins, as stored on its question's paragraphs: enough to tell what was said
 * without storing every answer again beside each question.
 */
final class AnswerExcerpt {
  /** Characters kept: the first lines of an answer. */
  static final int MAX_CHARS = 300;

  private AnswerExcerpt() {}

  /** {@code text} up to {@link #MAX_CHARS}, cut after a whole word, with "…" when cut. */
  static String of(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = MAX_CHARS;
    while (cut > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (cut == MAX_CHARS / 2) {
      cut = MAX_CHARS; // one very long word: cut inside it rather than show almost nothing
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }
}

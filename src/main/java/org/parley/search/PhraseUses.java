package org.parley.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.index.Schema;

/**
 * Reads one use of a wording from the stored paragraph: where and by whom, the sentence holding it,
 * and the wording as written there ("Twin-track approach").
 */
final class PhraseUses {
  /** Longest sentence returned; a longer one is cut around the wording. */
  static final int MAX_SENTENCE = 400;

  private final StoredFields stored;
  private final ParleyAnalyzers analyzers;

  PhraseUses(StoredFields stored, ParleyAnalyzers analyzers) {
    this.stored = stored;
    this.analyzers = analyzers;
  }

  /** A use read back, and the wording as written in it ({@code null} when not found). */
  record Read(PhraseHistory.Use use, String written) {}

  Read read(int doc, List<String> words) throws IOException {
    Document d = stored.document(doc);
    String text = d.get(Schema.TEXT);
    int[] span = PositionedTokens.upTo(analyzers.indexExact(), text, Integer.MAX_VALUE).find(words);
    String speaker = d.get(Schema.SPEAKER);
    if (speaker == null || speaker.isEmpty()) {
      speaker = d.get(Schema.SPEAKER_LABEL);
    }
    String id = d.get(Schema.ID);
    PhraseHistory.Use use =
        new PhraseHistory.Use(
            d.get(Schema.DATE_ISO),
            speaker,
            d.get(Schema.DOC_TITLE),
            d.get(Schema.DOC_ID),
            id,
            "/p/" + id,
            sentence(text, span));
    return new Read(use, span == null ? null : written(text.substring(span[0], span[1])));
  }

  /** The sentence of {@code text} holding {@code span}, at most {@value #MAX_SENTENCE} chars. */
  static String sentence(String text, int[] span) {
    if (span == null) {
      return clip(text, 0, Math.min(text.length(), MAX_SENTENCE));
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int start = sentences.preceding(Math.min(span[0] + 1, text.length()));
    int end = sentences.following(Math.max(span[1] - 1, 0));
    start = start == BreakIterator.DONE ? 0 : start;
    end = end == BreakIterator.DONE ? text.length() : end;
    if (end - start > MAX_SENTENCE) {
      int middle = (span[0] + span[1]) / 2;
      start = Math.max(start, middle - MAX_SENTENCE / 2);
      end = Math.min(end, start + MAX_SENTENCE);
    }
    return clip(text, start, end);
  }

  private static String clip(String text, int start, int end) {
    String s = text.substring(start, end).strip().replaceAll("\\s+", " ");
    return (start > 0 && !startsSentence(text, start) ? "…" : "")
        + s
        + (end < text.length() && !endsSentence(s) ? "…" : "");
  }

  private static boolean startsSentence(String text, int start) {
    String before = text.substring(0, start).strip();
    return before.isEmpty() || endsSentence(before);
  }

  private static boolean endsSentence(String s) {
    return !s.isEmpty() && ".!?:;\"'”’)".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /**
   * The wording as written, spaces normalised, with a sentence's capital undone when the rest of
   * its first word is lower case ("Twin-track" becomes "twin-track", "NATO" stays).
   */
  static String written(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}

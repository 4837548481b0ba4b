package org.parley.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Renders passages as HTML-escaped text with matches inside {@code <mark>…</mark>}: the only markup
 * a highlight ever contains. Matches separated only by spaces or hyphens merge into one mark, so a
 * phrase ("dual-track approach") is marked as one unit. Passages that do not start or end the
 * paragraph get "…" at the cut.
 */
final class MarkPassageFormatter extends PassageFormatter {
  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";
  private static final String ELLIPSIS = "\u2026";

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int lastEnd = -1;
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (start > 0 && start != lastEnd) {
        out.append(out.isEmpty() ? "" : " ").append(ELLIPSIS);
        if (!Character.isWhitespace(content.charAt(start))) {
          out.append(' ');
        }
      }
      appendPassage(passage, content, out);
      lastEnd = end;
    }
    if (lastEnd >= 0 && lastEnd < content.length() && !content.substring(lastEnd).isBlank()) {
      int trimmed = out.length();
      while (trimmed > 0 && Character.isWhitespace(out.charAt(trimmed - 1))) {
        trimmed--;
      }
      out.setLength(trimmed);
      out.append(' ').append(ELLIPSIS);
    }
    return out.toString();
  }

  private static void appendPassage(Passage passage, String content, StringBuilder out) {
    int pos = passage.getStartOffset();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    int n = passage.getNumMatches();
    int i = 0;
    while (i < n) {
      int start = Math.max(starts[i], pos);
      int end = ends[i];
      // Swallow following matches that overlap or are joined by spaces/hyphens only.
      while (i + 1 < n && (starts[i + 1] <= end || onlyJoiners(content, end, starts[i + 1]))) {
        end = Math.max(end, ends[++i]);
      }
      i++;
      if (end <= pos) {
        continue;
      }
      HtmlEscaper.escape(content, pos, start, out);
      out.append(OPEN);
      HtmlEscaper.escape(content, start, Math.min(end, passage.getEndOffset()), out);
      out.append(CLOSE);
      pos = Math.min(end, passage.getEndOffset());
    }
    HtmlEscaper.escape(content, pos, passage.getEndOffset(), out);
  }

  private static boolean onlyJoiners(String content, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (c != ' ' && c != '-' && c != '\u2010' && c != '\u2011' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}

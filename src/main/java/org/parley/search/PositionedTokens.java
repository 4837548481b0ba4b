package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.CapturedTokens;

/**
 * A paragraph's exact-field tokens by position, as the index holds them: a hyphenated compound
 * ("dual-track") has its joined form ("dualtrack") at the position of its first part. Used to read
 * the word standing at a position the index matched, and where a wording stands in the text.
 */
final class PositionedTokens {
  private final int[] positions;
  private final String[] terms;
  private final int[] starts;
  private final int[] ends;

  private PositionedTokens(int[] positions, String[] terms, int[] starts, int[] ends) {
    this.positions = positions;
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
  }

  static PositionedTokens of(CapturedTokens tokens) {
    int n = tokens.size();
    int[] positions = new int[n];
    String[] terms = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int position = -1;
    for (int i = 0; i < n; i++) {
      position += tokens.positionIncrement(i);
      positions[i] = position;
      terms[i] = tokens.term(i);
      starts[i] = tokens.startOffset(i);
      ends[i] = tokens.endOffset(i);
    }
    return new PositionedTokens(positions, terms, starts, ends);
  }

  /**
   * The word at {@code position}: of the terms there, the shortest (a compound's part, not its
   * joined form); {@code null} when the paragraph has no token there.
   */
  String wordAt(int position) {
    String best = null;
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] == position && (best == null || terms[i].length() < best.length())) {
        best = terms[i];
      }
    }
    return best;
  }

  /** Character offsets {@code [start, end)} of the text from {@code first} to {@code last}. */
  int[] span(int first, int last) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] == first) {
        start = Math.min(start, starts[i]);
      }
      if (positions[i] == last && ends[i] > end && !reachesBeyond(i, last)) {
        end = ends[i];
      }
    }
    return start == Integer.MAX_VALUE || end < 0 ? null : new int[] {start, end};
  }

  /** Whether token {@code i} (a joined compound) runs past {@code position}'s word. */
  private boolean reachesBeyond(int i, int position) {
    for (int j = 0; j < terms.length; j++) {
      if (positions[j] == position + 1 && starts[j] < ends[i]) {
        return true;
      }
    }
    return false;
  }

  /** Offsets of the first place where {@code words} stand at consecutive positions, or null. */
  int[] find(List<String> words) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      if (terms[i].equals(words.get(0))) {
        starts.add(positions[i]);
      }
    }
    for (int start : starts) {
      boolean all = true;
      for (int k = 1; k < words.size() && all; k++) {
        all = has(start + k, words.get(k));
      }
      if (all) {
        return span(start, start + words.size() - 1);
      }
    }
    return null;
  }

  private boolean has(int position, String term) {
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] == position && terms[i].equals(term)) {
        return true;
      }
    }
    return false;
  }
}

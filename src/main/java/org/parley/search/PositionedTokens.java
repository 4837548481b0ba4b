package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

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

  /**
   * The tokens of {@code text} up to {@code lastPosition}, analysed with {@code exact} (the exact
   * field's index-time analyzer): a stream's positions never decrease, so analysis stops at the
   * first token past it.
   *
   * <p>NOTE: the phrase history reads up to a few hundred paragraphs per request for the word at
   * one position; stopping there (and skipping the stemmer that {@code ParleyAnalyzers.analyse}
   * also runs) roughly halves what that costs.
   */
  static PositionedTokens upTo(Analyzer exact, String text, int lastPosition) {
    int[] positions = new int[16];
    String[] terms = new String[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    try (TokenStream stream = exact.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (position > lastPosition) {
          break;
        }
        if (n == positions.length) {
          positions = Arrays.copyOf(positions, n * 2);
          terms = Arrays.copyOf(terms, n * 2);
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        positions[n] = position;
        terms[n] = term.toString();
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        n++;
      }
    } catch (IOException e) {
      // Analysis reads from a String: there is no I/O to fail.
      throw new UncheckedIOException("analysing an in-memory string failed", e);
    }
    return new PositionedTokens(
        Arrays.copyOf(positions, n),
        Arrays.copyOf(terms, n),
        Arrays.copyOf(starts, n),
        Arrays.copyOf(ends, n));
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

  /** The position of the first token starting at character {@code offset}, or -1. */
  int positionStartingAt(int offset) {
    for (int i = 0; i < terms.length; i++) {
      if (starts[i] == offset) {
        return positions[i];
      }
    }
    return -1;
  }

  /** Character offsets {@code [start, end)} of the word {@link #wordAt} gives, or null. */
  int[] wordSpanAt(int position) {
    int best = -1;
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] == position && (best < 0 || terms[i].length() < terms[best].length())) {
        best = i;
      }
    }
    return best < 0 ? null : new int[] {starts[best], ends[best]};
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

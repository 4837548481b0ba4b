package org.parley.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one analysed text (term, position increment, offsets), kept so that the text is
 * tokenized once and the result replayed wherever it is needed: topic tagging and both indexed text
 * fields. Terms live in one shared {@code char[]}; a paragraph of a few hundred words costs a few
 * small arrays. Not thread-safe; each replay is an independent stream.
 */
public final class CapturedTokens {
  private char[] chars = new char[256];
  private int[] termStart = new int[64];
  private int[] termLength = new int[64];
  private int[] positionIncrement = new int[64];
  private int[] startOffset = new int[64];
  private int[] endOffset = new int[64];
  private int size;
  private int charCount;
  private int finalOffset;
  private int finalPositionIncrement;

  private CapturedTokens() {}

  /** Runs {@code analyzer} over {@code text} as if for {@code field}, keeping every token. */
  public static CapturedTokens capture(Analyzer analyzer, String field, String text) {
    return capture(analyzer.tokenStream(field, text));
  }

  /** Consumes and closes {@code stream}, keeping every token. */
  static CapturedTokens capture(TokenStream stream) {
    CapturedTokens tokens = new CapturedTokens();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term.buffer(),
            term.length(),
            increment.getPositionIncrement(),
            offset.startOffset(),
            offset.endOffset());
      }
      stream.end();
      tokens.finalOffset = offset.endOffset();
      tokens.finalPositionIncrement = increment.getPositionIncrement();
    } catch (IOException e) {
      // Analysis reads from a String: there is no I/O to fail.
      throw new UncheckedIOException("analysing an in-memory string failed", e);
    }
    return tokens;
  }

  private void add(char[] term, int length, int increment, int start, int end) {
    if (size == termStart.length) {
      int grown = size * 2;
      termStart = Arrays.copyOf(termStart, grown);
      termLength = Arrays.copyOf(termLength, grown);
      positionIncrement = Arrays.copyOf(positionIncrement, grown);
      startOffset = Arrays.copyOf(startOffset, grown);
      endOffset = Arrays.copyOf(endOffset, grown);
    }
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
    }
    System.arraycopy(term, 0, chars, charCount, length);
    termStart[size] = charCount;
    termLength[size] = length;
    positionIncrement[size] = increment;
    startOffset[size] = start;
    endOffset[size] = end;
    charCount += length;
    size++;
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }

  /** The shared buffer that holds every term; token {@code i} is at {@link #termStart}. */
  public char[] termBuffer() {
    return chars;
  }

  public int termStart(int i) {
    return termStart[i];
  }

  public int termLength(int i) {
    return termLength[i];
  }

  public int positionIncrement(int i) {
    return positionIncrement[i];
  }

  /** Where token {@code i} starts in the analysed text (after char filters, in source chars). */
  public int startOffset(int i) {
    return startOffset[i];
  }

  /** Where token {@code i} ends in the analysed text. */
  public int endOffset(int i) {
    return endOffset[i];
  }

  /** Token {@code i}'s term as a string (tests and diagnostics; the hot paths read the buffer). */
  public String term(int i) {
    return new String(chars, termStart[i], termLength[i]);
  }

  /** A fresh stream that replays the captured tokens with their positions and offsets. */
  public TokenStream replay() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == size) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(chars, termStart[next], termLength[next]);
      increment.setPositionIncrement(positionIncrement[next]);
      offset.setOffset(startOffset[next], endOffset[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(finalPositionIncrement);
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}

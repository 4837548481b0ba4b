package org.parley.tagging;

import java.util.Arrays;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.parley.analysis.CapturedTokens;

/**
 * Where each rule term occurs in one paragraph (positions counted as the index counts them), read
 * from the paragraph's stemmed tokens. Terms no rule mentions are not kept.
 */
final class ParagraphTerms {
  private final int[][] positions;
  private final int[] counts;
  private final CapturedTokens tokens;
  private final String field;
  private IndexSearcher memory;

  ParagraphTerms(RuleVocabulary vocabulary, CapturedTokens tokens, String field) {
    this.positions = new int[vocabulary.size()][];
    this.counts = new int[vocabulary.size()];
    this.tokens = tokens;
    this.field = field;
    char[] buffer = tokens.termBuffer();
    int position = -1;
    for (int i = 0; i < tokens.size(); i++) {
      position += tokens.positionIncrement(i);
      int id = vocabulary.find(buffer, tokens.termStart(i), tokens.termLength(i));
      if (id >= 0) {
        add(id, position);
      }
    }
  }

  private void add(int id, int position) {
    int[] at = positions[id];
    if (at == null) {
      at = positions[id] = new int[4];
    } else if (counts[id] == at.length) {
      at = positions[id] = Arrays.copyOf(at, at.length * 2);
    }
    at[counts[id]++] = position;
  }

  boolean contains(int id) {
    return counts[id] > 0;
  }

  int count(int id) {
    return counts[id];
  }

  /** The {@code i}-th position of term {@code id}, ascending. */
  int position(int id, int i) {
    return positions[id][i];
  }

  boolean hasAt(int id, int position) {
    int[] at = positions[id];
    return at != null && Arrays.binarySearch(at, 0, counts[id], position) >= 0;
  }

  /** A one-paragraph index of the same tokens, for rules evaluated as Lucene queries. */
  IndexSearcher memoryIndex() {
    if (memory == null) {
      MemoryIndex index = new MemoryIndex();
      index.addField(field, tokens.replay());
      memory = index.createSearcher();
    }
    return memory;
  }
}

package org.parley.tagging;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The terms that topic rules mention, each with a small integer id. A paragraph's tokens are looked
 * up here without allocating, and only the few that some rule mentions are kept.
 */
final class RuleVocabulary {
  private final CharArrayMap<Integer> ids = new CharArrayMap<>(256, false);
  private final List<String> terms = new ArrayList<>();

  int idOf(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
    }
    return id;
  }

  /** The id of the term in {@code buffer[start, start+length)}, or -1 if no rule mentions it. */
  int find(char[] buffer, int start, int length) {
    Integer id = ids.get(buffer, start, length);
    return id == null ? -1 : id;
  }

  int size() {
    return terms.size();
  }
}

package org.parley.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The text part of a search, built against one generation's vocabulary.
 *
 * @param query what runs and scores: every clause, the all-words bonus, the proximity boost
 * @param allWords the paragraphs that have every word that counts (see {@link QueryFactory}), or
 *     {@code null} when the query has fewer than two soft words (then nothing is partial)
 * @param clauses the query's soft and required clauses, to say per hit which of them matched
 * @param expansions what the query was widened with (acronyms, joined or split compounds)
 */
public record TextQuery(
    Query query, Query allWords, List<Clause> clauses, List<Expansion> expansions) {
  public TextQuery {
    clauses = List.copyOf(clauses);
    expansions = List.copyOf(expansions);
  }

  /** The least score of a paragraph with every word that counts, when ranked by relevance. */
  float allWordsScore() {
    return clauses.stream().filter(c -> !c.required() && c.counts()).count()
        * QueryFactory.WORD_TIER;
  }

  /**
   * One clause of the query as typed.
   *
   * @param label the words as typed ("arms", "\"dual-track approach\"", "ukraine OR georgia")
   * @param query what matches it
   * @param required whether every hit must match it (phrases, {@code +word}, {@code AND})
   * @param counts whether it counts towards "all words": rare enough to say something (a word in
   *     most paragraphs, such as "said", ranks but does not count)
   */
  public record Clause(String label, Query query, boolean required, boolean counts) {}
}

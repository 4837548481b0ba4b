package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Says, for each hit of a page, which of the query's clauses it matched: one weight per clause,
 * built once per request, then advanced to each hit (a page is ten documents, so this costs a few
 * postings lookups, not a second search).
 */
final class MatchedClauses {
  private final IndexSearcher searcher;
  private final List<TextQuery.Clause> clauses;
  private final List<Weight> weights;

  private MatchedClauses(
      IndexSearcher searcher, List<TextQuery.Clause> clauses, List<Weight> weights) {
    this.searcher = searcher;
    this.clauses = clauses;
    this.weights = weights;
  }

  static MatchedClauses of(IndexSearcher searcher, List<TextQuery.Clause> clauses)
      throws IOException {
    List<Weight> weights = new ArrayList<>(clauses.size());
    for (TextQuery.Clause clause : clauses) {
      weights.add(
          searcher.createWeight(searcher.rewrite(clause.query()), ScoreMode.COMPLETE_NO_SCORES, 1));
    }
    return new MatchedClauses(searcher, clauses, weights);
  }

  /** {@code hit} with its matched clauses and whether it has every word that counts. */
  Hit describe(Hit hit, int doc, HitExplanation why) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    List<String> matched = new ArrayList<>();
    boolean all = true;
    for (int i = 0; i < clauses.size(); i++) {
      TextQuery.Clause clause = clauses.get(i);
      Scorer scorer = weights.get(i).scorer(leaf);
      boolean hasIt = scorer != null && advance(scorer.iterator(), local) == local;
      if (hasIt) {
        matched.add(clause.label());
      } else if (clause.required() || clause.counts()) {
        all = false;
      }
    }
    return hit.withMatch(matched, all, why);
  }

  private static int advance(DocIdSetIterator iterator, int target) throws IOException {
    return iterator.docID() >= target ? iterator.docID() : iterator.advance(target);
  }
}

package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Says, for each hit of a page, which of the query's clauses it matched: one weight per clause,
 * built once per request, then one scorer per clause and segment, advanced through the page's hits
 * in document order (a page is ten documents, so this costs a few postings lookups, not a second
 * search).
 */
final class MatchedClauses {
  private final List<TextQuery.Clause> clauses;
  private final List<List<String>> matched;
  private final boolean[] all;

  private MatchedClauses(
      List<TextQuery.Clause> clauses, List<List<String>> matched, boolean[] all) {
    this.clauses = clauses;
    this.matched = matched;
    this.all = all;
  }

  /** The clauses each hit of {@code page} matched, found for the whole page at once. */
  static MatchedClauses of(IndexSearcher searcher, List<TextQuery.Clause> clauses, ScoreDoc[] page)
      throws IOException {
    List<List<String>> matched = new ArrayList<>(page.length);
    boolean[] all = new boolean[page.length];
    for (int i = 0; i < page.length; i++) {
      matched.add(new ArrayList<>());
      all[i] = true;
    }
    if (clauses.isEmpty() || page.length == 0) {
      return new MatchedClauses(clauses, matched, all);
    }
    Integer[] byDoc = new Integer[page.length];
    for (int i = 0; i < page.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> page[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (TextQuery.Clause clause : clauses) {
      Weight weight =
          searcher.createWeight(searcher.rewrite(clause.query()), ScoreMode.COMPLETE_NO_SCORES, 1);
      LeafReaderContext leaf = null;
      DocIdSetIterator iterator = null;
      for (int i : byDoc) {
        int doc = page[i].doc;
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          Scorer scorer = weight.scorer(leaf);
          iterator = scorer == null ? null : scorer.iterator();
        }
        int local = doc - leaf.docBase;
        boolean hasIt = iterator != null && advance(iterator, local) == local;
        if (hasIt) {
          matched.get(i).add(clause.label());
        } else if (clause.required() || clause.counts()) {
          all[i] = false;
        }
      }
    }
    return new MatchedClauses(clauses, matched, all);
  }

  /** {@code hit}, the {@code index}-th of the page, with its matched clauses. */
  Hit describe(Hit hit, int index, HitExplanation why) {
    return hit.withMatch(matched.get(index), all[index], why);
  }

  boolean hasClauses() {
    return !clauses.isEmpty();
  }

  private static int advance(DocIdSetIterator iterator, int target) throws IOException {
    return iterator.docID() >= target ? iterator.docID() : iterator.advance(target);
  }
}

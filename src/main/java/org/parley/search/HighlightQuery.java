package org.parley.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.parley.index.Schema;

/**
 * What the highlighter is given instead of the ranking query: every positive term, phrase and
 * prefix of the text field, each on its own, as one disjunction.
 *
 * <p>NOTE: the UnifiedHighlighter rewrites the query and builds its weight again for every hit it
 * highlights (the Matches API runs on a one-document reader). The ranking query looks each word up
 * in three fields, with its variants, tiers and a proximity phrase; built ten times per page, that
 * was over a third of a request's time at 100k paragraphs. The text field's leaves alone mark the
 * same words: a hit is highlighted where it has a word, a phrase or a prefix of the query.
 */
final class HighlightQuery {
  private HighlightQuery() {}

  static Query of(Query query) {
    Set<Query> leaves = new LinkedHashSet<>();
    query.visit(new TextLeaves(leaves));
    if (leaves.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    if (leaves.size() > IndexSearcher.getMaxClauseCount()) {
      return query;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query leaf : leaves) {
      any.add(leaf, BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /** Collects the leaf queries on the text field, outside any excluded clause. */
  private static final class TextLeaves extends QueryVisitor {
    private final Set<Query> leaves;

    TextLeaves(Set<Query> leaves) {
      this.leaves = leaves;
    }

    @Override
    public boolean acceptField(String field) {
      return Schema.TEXT.equals(field);
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      leaves.add(query);
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
      leaves.add(query);
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }
  }
}

package org.parley.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A clause whose score is its own plus a constant {@code tier} wherever it matches: what {@code
 * clause OR ConstantScore(clause)^tier} scores, with the clause's postings read once instead of
 * twice.
 *
 * <p>NOTE: the two-clause form ran every word's postings (three fields and its variants) through
 * two scorers; at 1M paragraphs that was the largest single cost of a request.
 */
final class TieredQuery extends Query {
  private final Query clause;
  private final float tier;

  TieredQuery(Query clause, float tier) {
    this.clause = Objects.requireNonNull(clause);
    this.tier = tier;
  }

  Query clause() {
    return clause;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = clause.rewrite(searcher);
    return rewritten == clause ? this : new TieredQuery(rewritten, tier);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    clause.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = clause.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    float added = tier * boost;
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        if (supplier == null) {
          return null;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new TierScorer(supplier.get(leadCost), added);
          }

          @Override
          public long cost() {
            return supplier.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            supplier.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation e = in.explain(context, doc);
        if (!e.isMatch()) {
          return e;
        }
        return Explanation.match(
            e.getValue().floatValue() + added, "sum of:", e, Explanation.match(added, "word tier"));
      }
    };
  }

  /** The clause's scorer, shifted up by the tier. */
  private static final class TierScorer extends FilterScorer {
    private final float added;

    TierScorer(Scorer in, float added) {
      super(in);
      this.added = added;
    }

    @Override
    public float score() throws IOException {
      return in.score() + added;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo) + added;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(Math.max(0f, minScore - added));
    }
  }

  @Override
  public String toString(String field) {
    return "tier(" + clause.toString(field) + ", " + tier + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && clause.equals(((TieredQuery) other).clause)
        && tier == ((TieredQuery) other).tier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), clause, tier);
  }
}

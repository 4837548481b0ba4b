package org.parley.eval;

import java.util.List;
import java.util.Map;

/**
 * nDCG@10, recall@10 and reciprocal rank of one ranked list, or their means over queries.
 *
 * @param ndcg nDCG at depth 10
 * @param recall recall at depth 10
 * @param mrr reciprocal rank of the first relevant paragraph (mean reciprocal rank over queries)
 */
public record Scores(double ndcg, double recall, double mrr) {
  static Scores of(List<String> ranked, Map<String, Integer> grades) {
    return new Scores(
        RelevanceMetrics.ndcg(ranked, grades),
        RelevanceMetrics.recall(ranked, grades),
        RelevanceMetrics.reciprocalRank(ranked, grades));
  }

  static Scores mean(List<Scores> all) {
    if (all.isEmpty()) {
      return new Scores(0, 0, 0);
    }
    return new Scores(
        all.stream().mapToDouble(Scores::ndcg).average().orElse(0),
        all.stream().mapToDouble(Scores::recall).average().orElse(0),
        all.stream().mapToDouble(Scores::mrr).average().orElse(0));
  }
}

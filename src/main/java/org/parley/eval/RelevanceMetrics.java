package org.parley.eval;

import java.util.List;
import java.util.Map;

/**
 * The measures of one ranked list against graded judgments, as trec_eval computes them: gains are
 * the grades (0, 1, 2), a paragraph is relevant when its grade is 1 or more, and unjudged
 * paragraphs count as not relevant.
 */
public final class RelevanceMetrics {
  /** The depth every measure is cut at. */
  public static final int DEPTH = 10;

  private RelevanceMetrics() {}

  /** nDCG at {@link #DEPTH}: discounted gain of the ranking over that of the ideal ranking. */
  public static double ndcg(List<String> ranked, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
      dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Share of the relevant paragraphs found in the first {@link #DEPTH}. */
  public static double recall(List<String> ranked, Map<String, Integer> grades) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(DEPTH).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  /** Reciprocal rank of the first relevant paragraph in the first {@link #DEPTH}, else 0. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
    for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}

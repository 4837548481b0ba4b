package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 0);

  @Test
  void the_ideal_ranking_scores_one() {
    assertThat(RelevanceMetrics.ndcg(List.of("a", "b", "x"), GRADES)).isEqualTo(1.0);
    assertThat(RelevanceMetrics.recall(List.of("a", "b"), GRADES)).isEqualTo(1.0);
    assertThat(RelevanceMetrics.reciprocalRank(List.of("a"), GRADES)).isEqualTo(1.0);
  }

  @Test
  void ndcg_uses_grades_as_gains_with_a_log2_discount() {
    // DCG = 1/log2(2) + 2/log2(3); ideal = 2/log2(2) + 1/log2(3)
    double expected = (1 + 2 / log2(3)) / (2 + 1 / log2(3));
    assertThat(RelevanceMetrics.ndcg(List.of("b", "a"), GRADES)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void a_judged_irrelevant_paragraph_counts_like_an_unjudged_one() {
    assertThat(RelevanceMetrics.ndcg(List.of("c", "x"), GRADES)).isZero();
    assertThat(RelevanceMetrics.reciprocalRank(List.of("c", "x", "b"), GRADES))
        .isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void only_the_first_ten_count() {
    List<String> ranked = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a", "b");
    assertThat(RelevanceMetrics.ndcg(ranked, GRADES)).isZero();
    assertThat(RelevanceMetrics.recall(ranked, GRADES)).isZero();
    assertThat(RelevanceMetrics.reciprocalRank(ranked, GRADES)).isZero();
  }

  @Test
  void recall_is_the_share_of_relevant_paragraphs_found() {
    assertThat(RelevanceMetrics.recall(List.of("x", "b"), GRADES)).isEqualTo(0.5);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

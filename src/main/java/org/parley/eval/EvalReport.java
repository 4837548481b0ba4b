package org.parley.eval;

import java.util.List;
import java.util.Map;

/**
 * What one evaluation run measured: per query and on average, Parley beside the baseline.
 *
 * @param queries one row per judged query, in file order
 * @param parley Parley's means over all queries
 * @param baseline the baseline's means over all queries
 * @param parleyByKind Parley's means per kind of query
 * @param baselineByKind the baseline's means per kind of query
 * @param problems judgments that named no paragraph (or several); their queries still run
 */
public record EvalReport(
    List<QueryResult> queries,
    Scores parley,
    Scores baseline,
    Map<String, Scores> parleyByKind,
    Map<String, Scores> baselineByKind,
    List<String> problems) {

  /**
   * One query's row.
   *
   * @param id the query's id
   * @param kind its kind
   * @param query the text searched
   * @param relevant how many judged paragraphs are relevant (grade 1 or 2)
   * @param parley Parley's scores
   * @param baseline the baseline's scores
   * @param parleyTop Parley's first ten paragraph ids
   */
  public record QueryResult(
      String id,
      String kind,
      String query,
      int relevant,
      Scores parley,
      Scores baseline,
      List<String> parleyTop) {}
}

package org.parley.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.search.Hit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;

/**
 * Runs every judged query through Parley's {@link SearchService} and the baseline, and scores both.
 */
public final class Evaluation {
  private final SearchService parley;
  private final BaselineSearcher baseline;
  private final JudgmentResolver resolver;

  public Evaluation(SearchService parley, BaselineSearcher baseline, JudgmentResolver resolver) {
    this.parley = parley;
    this.baseline = baseline;
    this.resolver = resolver;
  }

  public EvalReport run(List<JudgedQuery> queries) throws IOException {
    List<EvalReport.QueryResult> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JudgedQuery query : queries) {
      JudgmentResolver.Resolved resolved = resolver.resolve(query);
      problems.addAll(resolved.problems());
      Map<String, Integer> grades = resolved.grades();
      List<String> parleyTop = parleyTop(query);
      List<String> baselineTop = baseline.search(query, RelevanceMetrics.DEPTH);
      rows.add(
          new EvalReport.QueryResult(
              query.id(),
              query.kind(),
              query.query(),
              (int) grades.values().stream().filter(g -> g > 0).count(),
              Scores.of(parleyTop, grades),
              Scores.of(baselineTop, grades),
              parleyTop));
    }
    Map<String, List<Scores>> parleyKinds = new TreeMap<>();
    Map<String, List<Scores>> baselineKinds = new TreeMap<>();
    for (EvalReport.QueryResult row : rows) {
      parleyKinds.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row.parley());
      baselineKinds.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row.baseline());
    }
    return new EvalReport(
        rows,
        Scores.mean(rows.stream().map(EvalReport.QueryResult::parley).toList()),
        Scores.mean(rows.stream().map(EvalReport.QueryResult::baseline).toList()),
        means(parleyKinds),
        means(baselineKinds),
        problems);
  }

  private List<String> parleyTop(JudgedQuery query) throws IOException {
    SearchRequest request =
        new SearchRequest(
            query.query(),
            query.speakers(),
            List.of(),
            List.of(),
            query.from(),
            query.to(),
            List.of(),
            SortOrder.RELEVANCE,
            1,
            RelevanceMetrics.DEPTH,
            SearchRequest.DEFAULT_FRAGMENT_SIZE,
            java.util.Set.of(),
            false);
    return parley.search(request).hits().stream().map(Hit::id).toList();
  }

  private static Map<String, Scores> means(Map<String, List<Scores>> byKind) {
    Map<String, Scores> means = new TreeMap<>();
    byKind.forEach((kind, scores) -> means.put(kind, Scores.mean(scores)));
    return means;
  }
}

package org.parley.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link EvalReport} as plain-text tables: per query, per kind, and the means. */
public final class EvalTable {
  private static final int QUERY_COLUMN = 42;

  private EvalTable() {}

  public static void print(EvalReport report, boolean perQuery, PrintWriter out) {
    if (perQuery) {
      out.printf(
          Locale.ROOT,
          "%-6s %-13s %-" + QUERY_COLUMN + "s %4s  %-17s %-17s %-17s%n",
          "id",
          "kind",
          "query",
          "rel",
          "nDCG@10 P / B",
          "R@10 P / B",
          "RR P / B");
      for (EvalReport.QueryResult row : report.queries()) {
        out.printf(
            Locale.ROOT,
            "%-6s %-13s %-" + QUERY_COLUMN + "s %4d  %s%n",
            row.id(),
            row.kind(),
            shorten(row.query()),
            row.relevant(),
            pairs(row.parley(), row.baseline()));
      }
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "%-20s %7s  %-17s %-17s %-17s%n",
        "kind",
        "queries",
        "nDCG@10 P / B",
        "R@10 P / B",
        "MRR P / B");
    for (Map.Entry<String, Scores> kind : report.parleyByKind().entrySet()) {
      long n = report.queries().stream().filter(q -> q.kind().equals(kind.getKey())).count();
      out.printf(
          Locale.ROOT,
          "%-20s %7d  %s%n",
          kind.getKey(),
          n,
          pairs(kind.getValue(), report.baselineByKind().get(kind.getKey())));
    }
    out.printf(
        Locale.ROOT,
        "%-20s %7d  %s%n",
        "ALL",
        report.queries().size(),
        pairs(report.parley(), report.baseline()));
    out.printf(
        Locale.ROOT,
        "%nP = Parley, B = baseline (StandardAnalyzer, classic parser, default OR, BM25).%n"
            + "Parley - baseline: nDCG@10 %+.3f, recall@10 %+.3f, MRR %+.3f%n",
        report.parley().ndcg() - report.baseline().ndcg(),
        report.parley().recall() - report.baseline().recall(),
        report.parley().mrr() - report.baseline().mrr());
    if (!report.problems().isEmpty()) {
      out.printf(
          Locale.ROOT, "%n%d judgments name no single paragraph:%n", report.problems().size());
      report.problems().forEach(p -> out.println("  " + p));
    }
  }

  private static String pairs(Scores p, Scores b) {
    return String.format(
        Locale.ROOT,
        "%.3f / %.3f     %.3f / %.3f     %.3f / %.3f",
        p.ndcg(),
        b.ndcg(),
        p.recall(),
        b.recall(),
        p.mrr(),
        b.mrr());
  }

  private static String shorten(String query) {
    String oneLine = query.replaceAll("\\s+", " ");
    return oneLine.length() <= QUERY_COLUMN
        ? oneLine
        : oneLine.substring(0, QUERY_COLUMN - 1) + "…";
  }
}

package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The product owner's targets, checked against one run. They are stated for 1M paragraphs at
 * concurrency 4 on the plain search mix; a run of another size is checked all the same, and says
 * so.
 */
final class Targets {
  static final int TARGET_PARAGRAPHS = 1_000_000;
  static final double MIN_QPS_RATIO = 0.8;
  static final double MAX_P99_RATIO = 1.2;
  static final double MAX_SUGGEST_P99_MS = 5;
  static final double MIN_REBUILD_RATIO = 0.7;
  static final long MAX_HEAP_BYTES = 512L << 20;
  static final double MAX_PHRASE_P99_MS = 200;
  static final double MAX_SIZE_RATIO = 1.5;
  static final double MIN_WARM_UP_RATIO = 0.8;

  private Targets() {}

  static List<BenchReport.Target> check(
      int paragraphs,
      BenchReport.Indexing indexing,
      List<BenchReport.Ratio> ratios,
      ClosedLoop.Stats suggest,
      Map<String, Long> heap) {
    String note =
        paragraphs == TARGET_PARAGRAPHS
            ? ""
            : String.format(Locale.ROOT, "stated for 1M paragraphs; this run has %,d", paragraphs);
    List<BenchReport.Target> targets = new ArrayList<>();
    // Against the minimal server (top 10 and a highlight, same matching), at each concurrency the
    // run measured; the like-for-like raw server when a run has no minimal side.
    for (String against : List.of("minimal-http", "raw-http")) {
      List<BenchReport.Ratio> http =
          ratios.stream()
              .filter(
                  r ->
                      r.mix().equals("search")
                          && r.parley().equals(Benchmark.REFERENCE)
                          && r.raw().equals(against))
              .toList();
      for (BenchReport.Ratio r : http) {
        String side = against.replace("-http", "");
        targets.add(
            target(
                "HTTP QPS, Parley / " + side + " (c=" + r.concurrency() + ")",
                "\u2265 " + MIN_QPS_RATIO,
                r.qps(),
                r.qps() >= MIN_QPS_RATIO,
                note));
        targets.add(
            target(
                "HTTP p99, Parley / " + side + " (c=" + r.concurrency() + ")",
                "\u2264 " + MAX_P99_RATIO,
                r.p99(),
                r.p99() <= MAX_P99_RATIO,
                note));
      }
      if (!http.isEmpty()) {
        break;
      }
    }
    targets.add(
        new BenchReport.Target(
            "suggest p99",
            "\u2264 " + MAX_SUGGEST_P99_MS + " ms",
            String.format(Locale.ROOT, "%.2f ms", suggest.p99Millis()),
            suggest.errors() == 0 && suggest.p99Millis() <= MAX_SUGGEST_P99_MS,
            suggest.errors() == 0 ? note : "errors: " + suggest.firstError()));
    targets.add(
        target(
            "rebuild rate / raw indexing rate",
            "\u2265 " + MIN_REBUILD_RATIO,
            indexing.rebuildOverRawRate(),
            indexing.rebuildOverRawRate() >= MIN_REBUILD_RATIO,
            note));
    long parleyHeap = heap.getOrDefault(Benchmark.REFERENCE, -1L);
    targets.add(
        new BenchReport.Target(
            "server heap after GC",
            "\u2264 512 MB",
            parleyHeap < 0
                ? "unknown"
                : String.format(Locale.ROOT, "%.0f MB", parleyHeap / 1048576.0),
            parleyHeap >= 0 && parleyHeap <= MAX_HEAP_BYTES,
            note));
    targets.add(
        target(
            "index size, Parley / raw",
            "\u2264 " + MAX_SIZE_RATIO,
            indexing.parleyOverRawSize(),
            indexing.parleyOverRawSize() <= MAX_SIZE_RATIO,
            note));
    return targets;
  }

  /** The phrase history, shown with every phrase search: each phrase's p99 within the bound. */
  static BenchReport.Target phrase(int paragraphs, List<BenchReport.PhraseRun> phrases) {
    double worst = phrases.stream().mapToDouble(p -> p.stats().p99Millis()).max().orElse(-1);
    boolean errors = phrases.stream().anyMatch(p -> p.stats().errors() > 0 || p.uses() == 0);
    return new BenchReport.Target(
        "phrase history p99, worst phrase",
        "\u2264 " + (int) MAX_PHRASE_P99_MS + " ms",
        phrases.isEmpty() ? "none" : String.format(Locale.ROOT, "%.1f ms", worst),
        !phrases.isEmpty() && !errors && worst <= MAX_PHRASE_P99_MS,
        errors
            ? "an error or an unused phrase"
            : paragraphs == TARGET_PARAGRAPHS
                ? ""
                : String.format(
                    Locale.ROOT, "stated for 1M paragraphs; this run has %,d", paragraphs));
  }

  private static BenchReport.Target target(
      String name, String goal, double value, boolean met, String note) {
    return new BenchReport.Target(name, goal, String.format(Locale.ROOT, "%.2f", value), met, note);
  }

  /** Within 10 s of its first answer after a restart, Parley serves at 0.8 of its steady QPS. */
  static BenchReport.Target warmUp(BenchReport.WarmUpCurve curve) {
    if (curve == null) {
      return new BenchReport.Target(
          "first 10 s after a restart / steady QPS",
          "\u2265 " + MIN_WARM_UP_RATIO,
          "-",
          false,
          "not measured");
    }
    return target(
        "first 10 s after a restart / steady QPS",
        "\u2265 " + MIN_WARM_UP_RATIO,
        curve.firstTenSecondsRatio(),
        curve.firstTenSecondsRatio() >= MIN_WARM_UP_RATIO,
        "");
  }
}

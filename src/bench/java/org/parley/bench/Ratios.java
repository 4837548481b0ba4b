package org.parley.bench;

import java.util.ArrayList;
import java.util.List;

/** Parley over raw Lucene, from runs measured side by side: over HTTP, and in-process. */
final class Ratios {
  /** Pairs compared: Parley's side, then the raw side it is compared with. */
  static final List<String[]> PAIRS =
      List.of(
          new String[] {Benchmark.REFERENCE, "raw-http"},
          new String[] {Benchmark.REFERENCE, "minimal-http"},
          new String[] {"parley-inproc", "raw-inproc"});

  private Ratios() {}

  static List<BenchReport.Ratio> of(List<BenchReport.Run> runs) {
    List<BenchReport.Ratio> ratios = new ArrayList<>();
    for (BenchReport.Run parley : runs) {
      for (String[] pair : PAIRS) {
        if (!parley.side().equals(pair[0])) {
          continue;
        }
        for (BenchReport.Run raw : runs) {
          if (raw.side().equals(pair[1])
              && raw.mix().equals(parley.mix())
              && raw.concurrency() == parley.concurrency()) {
            ratios.add(
                new BenchReport.Ratio(
                    parley.mix(),
                    parley.concurrency(),
                    pair[0],
                    pair[1],
                    parley.stats().qps() / raw.stats().qps(),
                    parley.stats().p50Millis() / raw.stats().p50Millis(),
                    parley.stats().p99Millis() / raw.stats().p99Millis()));
          }
        }
      }
    }
    return ratios;
  }
}

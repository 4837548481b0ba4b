package org.parley.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Response times of one phase of a test (idle, during a rebuild, after an overload), summarised as
 * nearest-rank percentiles so a test can print figures worth quoting. Thread-safe.
 */
final class Latencies {
  private final List<Long> nanos = new ArrayList<>();

  synchronized void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  /** Times {@code call}, records it, and returns its result. */
  <T> T time(Call<T> call) throws Exception {
    long start = System.nanoTime();
    try {
      return call.run();
    } finally {
      add(System.nanoTime() - start);
    }
  }

  /** Something to time. */
  interface Call<T> {
    T run() throws Exception;
  }

  synchronized int count() {
    return nanos.size();
  }

  /** The nearest-rank percentile {@code p} (0..100) in milliseconds; NaN when empty. */
  synchronized double millis(double p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
  }

  /** {@code n=120 p50=3.1 ms p95=9.0 ms p99=14.2 ms max=20.3 ms}. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        count(),
        millis(50),
        millis(95),
        millis(99),
        millis(100));
  }
}

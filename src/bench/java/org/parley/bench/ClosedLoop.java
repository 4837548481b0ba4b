package org.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code concurrency} threads each send a request, wait for its answer and send
 * the next, cycling through the prepared calls in a seeded order (each thread from its own offset).
 * A warm-up runs first and is not recorded; then latencies are recorded for a fixed time. Bounded
 * in time and in count: it stops at the deadline or after {@code maxRequests}, whichever comes
 * first, and early when {@link #MAX_ERRORS} requests failed.
 */
final class ClosedLoop {
  /** A run stops early once this many requests failed: the side is broken, not slow. */
  static final int MAX_ERRORS = 1000;

  /** How long past the end a worker with no recorded request may still try for one. */
  static final Duration LAST_CHANCE = Duration.ofSeconds(30);

  private ClosedLoop() {}

  /** The latencies of one or more measured runs of one side, and how long they took. */
  record Recording(long[] sortedNanos, long errors, String firstError, double seconds) {
    /** Several runs of the same side as one: latencies pooled, times added. */
    static Recording merge(List<Recording> runs) {
      long[] all = new long[runs.stream().mapToInt(r -> r.sortedNanos().length).sum()];
      int at = 0;
      long errors = 0;
      String firstError = null;
      double seconds = 0;
      for (Recording r : runs) {
        System.arraycopy(r.sortedNanos(), 0, all, at, r.sortedNanos().length);
        at += r.sortedNanos().length;
        errors += r.errors();
        firstError = firstError != null ? firstError : r.firstError();
        seconds += r.seconds();
      }
      Arrays.sort(all);
      return new Recording(all, errors, firstError, seconds);
    }

    Stats stats() {
      int n = sortedNanos.length;
      return new Stats(
          n,
          errors,
          firstError,
          seconds,
          n / seconds,
          percentile(sortedNanos, 0.50),
          percentile(sortedNanos, 0.90),
          percentile(sortedNanos, 0.99),
          n == 0 ? Double.NaN : sortedNanos[n - 1] / 1e6);
    }
  }

  /** Latency and throughput of one side. */
  record Stats(
      long requests,
      long errors,
      String firstError,
      double seconds,
      double qps,
      double p50Millis,
      double p90Millis,
      double p99Millis,
      double maxMillis) {}

  static Recording run(
      List<SearchTarget.Call> calls,
      int concurrency,
      Duration warmup,
      Duration measure,
      long maxRequests,
      long seed) {
    int[] order = shuffledOrder(calls.size(), seed);
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong allErrors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(concurrency);
    CountDownLatch go = new CountDownLatch(1);
    long[][] latencies = new long[concurrency][];
    int[] recorded = new int[concurrency];
    long[] window = new long[3];
    long[] lastFinish = new long[concurrency];
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      int worker = w;
      Thread t =
          new Thread(
              () -> {
                long[] mine = new long[1 << 14];
                int count = 0;
                int next = (int) ((long) worker * order.length / concurrency);
                ready.countDown();
                awaitQuietly(go);
                long measureStart = window[0];
                long end = window[1];
                long lastChance = window[2];
                while (true) {
                  long start = System.nanoTime();
                  // Past the end, a worker that has recorded nothing yet may send one more, so
                  // that a slow side still yields a latency instead of an empty row.
                  if ((start >= end && (count > 0 || start >= lastChance))
                      || issued.incrementAndGet() > maxRequests) {
                    break;
                  }
                  SearchTarget.Call call = calls.get(order[next]);
                  next = next + 1 == order.length ? 0 : next + 1;
                  try {
                    call.run();
                  } catch (Exception e) {
                    if (start >= measureStart) {
                      errors.incrementAndGet();
                    }
                    firstError.compareAndSet(null, e.toString());
                    if (allErrors.incrementAndGet() >= MAX_ERRORS) {
                      break;
                    }
                    continue;
                  }
                  long finished = System.nanoTime();
                  if (start >= measureStart) {
                    if (count == mine.length) {
                      mine = Arrays.copyOf(mine, mine.length * 2);
                    }
                    mine[count++] = finished - start;
                    lastFinish[worker] = finished;
                  }
                }
                latencies[worker] = mine;
                recorded[worker] = count;
              },
              "bench-client-" + (w + 1));
      workers.add(t);
      t.start();
    }
    awaitQuietly(ready);
    long now = System.nanoTime();
    window[0] = now + warmup.toNanos();
    window[1] = window[0] + measure.toNanos();
    window[2] = window[1] + Math.max(measure.toNanos(), LAST_CHANCE.toNanos());
    go.countDown();
    for (Thread t : workers) {
      joinQuietly(t);
    }
    // Requests sent before the end are counted when they finish, so the measured time runs to
    // the last of them.
    long measuredEnd = window[1];
    for (long finish : lastFinish) {
      measuredEnd = Math.max(measuredEnd, finish);
    }
    double seconds = Math.max(1e-9, (measuredEnd - window[0]) / 1e9);
    int total = 0;
    for (int c : recorded) {
      total += c;
    }
    long[] all = new long[total];
    int at = 0;
    for (int w = 0; w < concurrency; w++) {
      System.arraycopy(latencies[w], 0, all, at, recorded[w]);
      at += recorded[w];
    }
    Arrays.sort(all);
    return new Recording(all, errors.get(), firstError.get(), seconds);
  }

  /** Nearest-rank percentile in milliseconds; NaN when nothing was recorded. */
  static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  private static int[] shuffledOrder(int size, long seed) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

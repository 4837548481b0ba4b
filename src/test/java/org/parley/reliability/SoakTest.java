package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.index.GenerationRollback;
import org.parley.testing.TestServer;

/**
 * Opt-in soak ({@code -Dparley.longTests=true}, {@code -Dparley.soakMinutes=60} by default): the
 * query mix over HTTP while rebuilds and rollbacks swap generations every few seconds. No request
 * may fail, and heap after GC, open descriptors, index files held and live threads must stay flat:
 * the last samples may not have grown past a small allowance over the first.
 */
@Tag("integration")
class SoakTest {
  private static final int DOCUMENTS = 40;
  private static final int PARAGRAPHS = 5;
  private static final long SWAP_EVERY_MILLIS = 3_000;
  private static final int SAMPLES = 12;

  @TempDir Path tmp;

  /** What the process holds at one moment. */
  record Sample(
      long atSeconds,
      long requests,
      int swaps,
      long heapMb,
      int descriptors,
      int indexFiles,
      int threads) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%5d s  %8d requests  %4d swaps  heap %4d MB  %4d fds  %3d index files  %3d threads",
          atSeconds,
          requests,
          swaps,
          heapMb,
          descriptors,
          indexFiles,
          threads);
    }
  }

  @Test
  void queries_with_repeated_swaps_and_rollbacks_leave_memory_files_and_threads_flat()
      throws Exception {
    assumeTrue(Boolean.getBoolean("parley.longTests"), "a long test: -Dparley.longTests=true");
    assumeTrue(OpenFiles.available(), "needs /proc/self to count descriptors and mappings");
    double minutes = Double.parseDouble(System.getProperty("parley.soakMinutes", "60"));
    long durationMillis = (long) (minutes * 60_000);

    try (Workspace ws = Workspace.create(tmp, DOCUMENTS, PARAGRAPHS)) {
      ws.build(false);
      ServerConfig noRateLimit = new ServerConfig(null, null, null, 0, null, null, null);
      try (TestServer server = TestServer.over(ws.index).server(noRateLimit).start()) {
        MixClients clients =
            MixClients.start(
                "soak-client",
                2,
                (client, path) -> {
                  int status = server.get(path).statusCode();
                  if (status != 200) {
                    throw new AssertionError("status " + status);
                  }
                });
        Random random = new Random(Workspace.SEED);
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long sampleEvery = durationMillis / SAMPLES;
        long nextSample = 0;
        int swaps = 0;
        int epoch = 1;
        while (elapsedMillis(start) < durationMillis) {
          if (elapsedMillis(start) >= nextSample) {
            samples.add(sample(start, clients.requests(), swaps, ws));
            nextSample += sampleEvery;
          }
          boolean canRollBack = ws.generations.list().indexOf(ws.live()) > 0;
          if (canRollBack && random.nextInt(3) == 0) {
            GenerationRollback.rollback(ws.generations);
          } else {
            epoch = epoch % 5 + 1;
            SyntheticCorpus.write(ws.corpus, Workspace.SEED + epoch, DOCUMENTS, PARAGRAPHS, epoch);
            ws.build(true);
          }
          swaps++;
          Thread.sleep(SWAP_EVERY_MILLIS);
        }
        clients.close();
        List<String> failures = clients.failures();
        samples.add(sample(start, clients.requests(), swaps, ws));

        System.out.printf(
            "soak: %.1f minutes, %d requests, %d failed, %d swaps and rollbacks%n  %s%n",
            minutes,
            clients.requests(),
            failures.size(),
            swaps,
            String.join("\n  ", samples.stream().map(Sample::toString).toList()));
        assertThat(failures).isEmpty();
        // The first sample is taken before anything warmed up; the second is the baseline.
        Sample baseline = samples.get(1);
        Sample last = samples.get(samples.size() - 1);
        assertThat(last.heapMb())
            .as("heap after GC, MB (baseline %d)", baseline.heapMb())
            .isLessThanOrEqualTo(baseline.heapMb() * 3 / 2 + 16);
        assertThat(last.descriptors())
            .as("open descriptors (baseline %d)", baseline.descriptors())
            .isLessThanOrEqualTo(baseline.descriptors() + 16);
        assertThat(last.indexFiles())
            .as("index files held (baseline %d)", baseline.indexFiles())
            .isLessThanOrEqualTo(baseline.indexFiles() * 2 + 8);
        assertThat(last.threads())
            .as("live threads (baseline %d)", baseline.threads())
            .isLessThanOrEqualTo(baseline.threads() + 8);
      }
    }
  }

  private static long elapsedMillis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static Sample sample(long startNanos, long requests, int swaps, Workspace ws)
      throws Exception {
    var memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    Thread.sleep(100);
    memory.gc();
    return new Sample(
        elapsedMillis(startNanos) / 1000,
        requests,
        swaps,
        memory.getHeapMemoryUsage().getUsed() >> 20,
        OpenFiles.descriptorCount(),
        OpenFiles.under(ws.index + "/").size(),
        ManagementFactory.getThreadMXBean().getThreadCount());
  }
}

package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.ChildJvm;
import org.parley.testing.TestServer;

/**
 * The checked-in query mix against a serving instance, first idle, then while {@code parley index}
 * rebuilds a larger corpus in a child JVM on the same cores, then after the switch. Checks
 * correctness only (no failed request, every answer from one generation) and prints p50/p95/p99 of
 * each phase so the cost of a rebuild to searchers can be quoted; it never asserts a speed.
 */
@Tag("integration")
class RebuildLatencyTest {
  private static final int CLIENTS = 2;
  private static final int PARAGRAPHS = 20;
  private static final long WARM_UP_MILLIS = 6_000;
  private static final long IDLE_MILLIS = 8_000;
  private static final Pattern EPOCH = Pattern.compile("\\bepoch(\\d+)\\b");
  private static final Pattern GENERATION = Pattern.compile("gen-\\d+");

  @TempDir Path tmp;

  private static int documents(int epoch) {
    return 100 + 20 * epoch;
  }

  @Test
  void queries_during_a_rebuild_all_succeed_from_one_generation_and_latency_is_reported()
      throws Exception {
    try (Workspace ws = Workspace.create(tmp, documents(1), PARAGRAPHS)) {
      ws.build(false);
      ServerConfig noRateLimit = new ServerConfig(null, null, null, 0, null, null, null);
      try (TestServer server = TestServer.over(ws.index).server(noRateLimit).start()) {
        Map<String, Latencies> phases = new ConcurrentHashMap<>();
        AtomicReference<Latencies> phase = new AtomicReference<>(new Latencies());
        Map<String, Set<Integer>> epochsByGeneration = new ConcurrentHashMap<>();
        MixClients clients =
            MixClients.start(
                "mix-client",
                CLIENTS,
                (client, path) ->
                    check(phase.get().time(() -> server.get(path)), epochsByGeneration));
        // Warm-up (JIT, page cache, the first searcher's caches), then the idle phase.
        Thread.sleep(WARM_UP_MILLIS);
        phases.put("idle", swap(phase));
        Thread.sleep(IDLE_MILLIS);
        phases.put("idle", swap(phase));

        SyntheticCorpus.write(ws.corpus, Workspace.SEED + 2, documents(2), PARAGRAPHS, 2);
        long rebuildStart = System.nanoTime();
        int exit;
        try (ChildJvm rebuild = ChildJvm.parley(List.of(), ws.indexArgs())) {
          exit = rebuild.waitFor(300);
          assertThat(exit).as(rebuild.output()).isZero();
        }
        long rebuildMillis = (System.nanoTime() - rebuildStart) / 1_000_000;
        phases.put("rebuild", swap(phase));
        SwapUnderQueriesTest.awaitServing(server.stack(), ws.live());
        Thread.sleep(IDLE_MILLIS / 2);
        phases.put("after", swap(phase));
        clients.close();
        List<String> failures = clients.failures();

        System.out.printf(
            "rebuild latency: %d clients running the %d-request mix; index of %d paragraphs,"
                + " rebuilt to %d paragraphs by a child JVM in %.1f s%n  idle:            %s%n"
                + "  during rebuild:  %s%n  after switch:    %s%n  epochs by generation %s,"
                + " %d failures%n",
            CLIENTS,
            SearchMix.queryStrings().size(),
            documents(1) * PARAGRAPHS,
            documents(2) * PARAGRAPHS,
            rebuildMillis / 1000.0,
            phases.get("idle").summary(),
            phases.get("rebuild").summary(),
            phases.get("after").summary(),
            epochsByGeneration,
            failures.size());
        assertThat(failures).isEmpty();
        assertThat(epochsByGeneration)
            .as("each generation answered with its own epoch only")
            .containsOnlyKeys("gen-000001", "gen-000002")
            .containsEntry("gen-000001", Set.of(1))
            .containsEntry("gen-000002", Set.of(2));
        assertThat(phases.get("rebuild").count()).as("requests during the rebuild").isPositive();
      }
    }
  }

  private static Latencies swap(AtomicReference<Latencies> phase) {
    return phase.getAndSet(new Latencies());
  }

  /** A 200 whose hits all carry the epoch of the one generation its ETag names. */
  private static void check(HttpResponse<String> r, Map<String, Set<Integer>> epochsByGeneration) {
    if (r.statusCode() != 200) {
      throw new AssertionError(r.statusCode() + " " + r.body());
    }
    String etag = r.headers().firstValue("ETag").orElse("");
    Matcher generation = GENERATION.matcher(etag);
    if (!generation.find()) {
      throw new AssertionError("no generation in ETag '" + etag + "'");
    }
    Set<Integer> epochs = new TreeSet<>();
    for (JsonNode hit : TestServer.json(r).get("hits")) {
      Matcher epoch = EPOCH.matcher(hit.get("text").asText());
      if (!epoch.find()) {
        throw new AssertionError("hit without an epoch: " + hit.get("id"));
      }
      epochs.add(Integer.parseInt(epoch.group(1)));
    }
    if (epochs.size() > 1) {
      throw new AssertionError("one answer from several generations: epochs " + epochs);
    }
    if (!epochs.isEmpty()) {
      epochsByGeneration
          .computeIfAbsent(generation.group(), g -> ConcurrentHashMap.newKeySet())
          .addAll(epochs);
    }
  }
}

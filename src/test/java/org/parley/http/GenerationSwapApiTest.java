package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * Rebuilds swap generations under a running server: queries keep succeeding, and every response
 * comes from exactly one generation, the one its ETag names.
 */
@Tag("integration")
class GenerationSwapApiTest {
  @TempDir Path tmp;

  /** Paragraphs mentioning "beacon" in each generation: 2, then 2+3, then 2+3+4. */
  private static final Map<String, Integer> BEACONS =
      Map.of("gen-000001", 2, "gen-000002", 5, "gen-000003", 9);

  private static List<String> beacons(int n, String extra) {
    return java.util.stream.IntStream.rangeClosed(1, n)
        .mapToObj(i -> "The beacon number " + i + " was lit " + extra + ".")
        .toList();
  }

  @Test
  void queries_keep_succeeding_and_each_answer_comes_from_one_generation() throws Exception {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .transcript(
                "2022-01-10-a.txt",
                "First",
                "Spokesperson Test Speaker of the Republic of Examplestan",
                "10 January 2022",
                beacons(2, "early"));
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger answered = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(3);
    // The clients below send as fast as the machine allows: a rate limit would turn a fast machine
    // into failed requests, which is not what this test is about.
    ServerConfig noRateLimit = new ServerConfig(null, null, null, 0, null, null, null);
    try (TestServer server = TestServer.over(index).server(noRateLimit).pollMillis(50).start()) {
      List<Future<?>> running = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int thread = t;
        running.add(
            clients.submit(
                () -> {
                  while (!done.get()) {
                    String path = thread == 2 ? "/api/stats" : "/api/search?q=beacon&size=20";
                    HttpResponse<String> response = server.get(path);
                    answered.incrementAndGet();
                    if (response.statusCode() != 200) {
                      failures.add(path + " -> " + response.statusCode() + " " + response.body());
                      continue;
                    }
                    String generation =
                        ETags.generationOf(response.headers().firstValue("ETag").orElse(null));
                    seen.add(String.valueOf(generation));
                    JsonNode body = TestServer.json(response);
                    boolean consistent =
                        thread == 2
                            ? body.get("generation").asText().equals(generation)
                            : BEACONS.get(generation) != null
                                && body.get("total").asInt() == BEACONS.get(generation);
                    if (!consistent) {
                      failures.add(path + " under " + generation + ": " + response.body());
                    }
                  }
                  return null;
                }));
      }
      Thread.sleep(300);
      corpus.transcript(
          "2022-01-11-b.txt",
          "Second",
          "Spokesperson Test Speaker of the Republic of Examplestan",
          "11 January 2022",
          beacons(3, "later"));
      TestIndex.rebuild(corpus.dir(), index, true);
      Thread.sleep(400);
      corpus.transcript(
          "2022-01-12-c.txt",
          "Third",
          "Spokesperson Test Speaker of the Republic of Examplestan",
          "12 January 2022",
          beacons(4, "zanzibar"));
      TestIndex.rebuild(corpus.dir(), index, true);
      Thread.sleep(500);
      done.set(true);
      for (Future<?> f : running) {
        f.get(30, TimeUnit.SECONDS);
      }
      assertThat(failures).isEmpty();
      assertThat(answered.get()).isGreaterThan(20);
      assertThat(seen).contains("gen-000001", "gen-000003").doesNotContain("null");
      assertThat(server.getJson("/api/health").get("generation").asText()).isEqualTo("gen-000003");
      assertThat(server.getJson("/api/search?q=beacon").get("total").asInt()).isEqualTo(9);
      awaitSuggestion(server, "zanz", "zanzibar");
    } finally {
      done.set(true);
      clients.shutdownNow();
    }
  }

  /** Completions follow the new generation once its suggester is built in the background. */
  private static void awaitSuggestion(TestServer server, String prefix, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String last = "";
    while (System.nanoTime() < deadline) {
      last = server.getJson("/api/suggest?q=" + prefix).get("suggestions").toString();
      if (last.contains(expected)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no completion " + expected + " for " + prefix + ": " + last);
  }
}

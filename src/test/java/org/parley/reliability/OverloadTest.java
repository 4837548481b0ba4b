package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.TestServer;

/**
 * Many more clients than search slots, each sending as fast as it can and past its rate limit:
 * every answer is a 200, or a 429 (or 503) with {@code Retry-After}; never a 500, never a reset
 * connection. Once the clients stop, a well-behaved client is served as fast as before.
 */
@Tag("integration")
class OverloadTest {
  private static final int SLOTS = 2;
  private static final int RATE = 30;
  private static final int BURST = 15;
  private static final int CLIENTS = 24;

  /** Clients behind one address, so that address runs through its rate limit at once. */
  private static final int SHARING_ONE_ADDRESS = 8;

  private static final long OVERLOAD_MILLIS = 6_000;
  private static final int PROBES = 40;

  @TempDir Path tmp;

  @Test
  void overload_gets_only_200s_and_429s_with_retry_after_and_latency_recovers() throws Exception {
    try (Workspace ws = Workspace.create(tmp, 200, 10)) {
      ws.build(false);
      ServerConfig limits =
          new ServerConfig(null, null, SLOTS, RATE, BURST, List.of("127.0.0.1", "::1"), null);
      try (TestServer server = TestServer.over(ws.index).server(limits).start()) {
        List<String> mix = SearchMix.queryStrings();
        probe(server, mix); // warm-up: the first requests load the index and compile code
        Latencies before = probe(server, mix);

        Map<String, AtomicInteger> outcomes = new ConcurrentSkipListMap<>();
        Map<Integer, Integer> retryAfter = new ConcurrentHashMap<>();
        List<String> failures;
        try (MixClients clients =
            MixClients.start(
                "overload-client",
                CLIENTS,
                (client, path) -> {
                  HttpResponse<String> r = server.get(path, "X-Forwarded-For", address(client));
                  outcomes.computeIfAbsent(outcome(r), k -> new AtomicInteger()).incrementAndGet();
                  checkRefusal(r, retryAfter);
                })) {
          Thread.sleep(OVERLOAD_MILLIS);
          clients.close();
          failures = clients.failures();
        }
        int longestWait = retryAfter.keySet().stream().max(Integer::compare).orElse(0);
        Thread.sleep(longestWait * 1000L);
        Latencies after = probe(server, mix);

        System.out.printf(
            "overload: %d clients (%d behind one address) for %d s against %d search slots and"
                + " %d requests/s (burst %d) per address: answers %s; Retry-After values %s;"
                + " %d failures%n  well-behaved client before: %s%n  after:  %s%n",
            CLIENTS,
            SHARING_ONE_ADDRESS,
            OVERLOAD_MILLIS / 1000,
            SLOTS,
            RATE,
            BURST,
            outcomes,
            retryAfter,
            failures.size(),
            before.summary(),
            after.summary());
        assertThat(failures)
            .as("500s, other statuses, resets, refusals without Retry-After")
            .isEmpty();
        assertThat(outcomes.keySet())
            .as("the overload reached both limits and still served some")
            .contains("200", "429 overloaded", "429 rate_limited");
        assertThat(after.millis(50))
            .as("median after the overload, ms (before: %.1f ms)", before.millis(50))
            .isLessThan(3 * before.millis(50) + 25);
      }
    }
  }

  /** The well-behaved client: one request at a time, well within its rate; all must be 200s. */
  private static Latencies probe(TestServer server, List<String> mix) throws Exception {
    Latencies latencies = new Latencies();
    for (int i = 0; i < PROBES; i++) {
      String path = "/api/search?" + mix.get(i * 5 % mix.size());
      int status =
          latencies.time(() -> server.get(path, "X-Forwarded-For", "192.0.2.10").statusCode());
      assertThat(status).as("well-behaved %s", path).isEqualTo(200);
      Thread.sleep(1000 / (RATE / 2));
    }
    return latencies;
  }

  /** {@code 200}, or the status and the error code ({@code 429 overloaded}). */
  private static String outcome(HttpResponse<String> r) {
    if (r.statusCode() == 200) {
      return "200";
    }
    try {
      return r.statusCode() + " " + TestServer.json(r).get("error").get("code").asText();
    } catch (AssertionError | RuntimeException notJson) {
      return r.statusCode() + " (not JSON)";
    }
  }

  /** Clients {@code 0..SHARING_ONE_ADDRESS-1} share one address; the others have their own. */
  private static String address(int client) {
    return client < SHARING_ONE_ADDRESS ? "198.51.100.1" : "203.0.113." + client;
  }

  /** A refusal must be a 429 or 503 with a positive {@code Retry-After}; counts the waits. */
  private static void checkRefusal(HttpResponse<String> r, Map<Integer, Integer> waits) {
    int status = r.statusCode();
    if (status == 200) {
      return;
    }
    if (status != 429 && status != 503) {
      throw new AssertionError(status + " " + r.body());
    }
    String seconds = r.headers().firstValue("Retry-After").orElse("");
    if (!seconds.matches("[1-9][0-9]*")) {
      throw new AssertionError(status + " with Retry-After '" + seconds + "'");
    }
    waits.merge(Integer.parseInt(seconds), 1, Integer::sum);
  }
}

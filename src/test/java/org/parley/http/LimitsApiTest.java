package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.config.ServerConfig;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** Rate limiting per client address, and who counts as the client. */
class LimitsApiTest {
  static Path index;

  @BeforeAll
  static void build() throws IOException {
    index = TestIndex.bundled();
  }

  /** One request per second sustained, three at once. */
  private static ServerConfig tinyLimit(List<String> trustedProxies) {
    return new ServerConfig(null, null, null, 1, 3, trustedProxies, null);
  }

  @Test
  void a_burst_beyond_the_limit_gets_429_with_retry_after() throws IOException {
    try (TestServer server = TestServer.over(index).server(tinyLimit(null)).start()) {
      // Ten requests in a row: the first three spend the burst; later ones find the bucket
      // empty unless the machine is so slow that a second passed between two of them.
      int ok = 0;
      int limited = 0;
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> response = server.get("/api/search?q=nato");
        if (response.statusCode() == 200) {
          ok++;
          continue;
        }
        assertThat(ok).as("the burst is served first").isGreaterThanOrEqualTo(3);
        limited++;
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow()))
            .isBetween(1, 2);
        assertThat(TestServer.json(response).get("error").get("code").asText())
            .isEqualTo("rate_limited");
      }
      assertThat(limited).isPositive();
      assertThat(ok + limited).isEqualTo(10);
    }
  }

  @Test
  void forwarded_for_from_an_untrusted_peer_does_not_buy_a_new_bucket() throws IOException {
    try (TestServer server = TestServer.over(index).server(tinyLimit(null)).start()) {
      int limited = 0;
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> response =
            server.get("/api/health", "X-Forwarded-For", "203.0.113." + (i + 1));
        limited += response.statusCode() == 429 ? 1 : 0;
      }
      assertThat(limited).as("one bucket for the peer, whatever it forwards").isPositive();
    }
  }

  @Test
  void forwarded_for_from_a_trusted_proxy_names_the_client() throws IOException {
    try (TestServer server =
        TestServer.over(index).server(tinyLimit(List.of("127.0.0.1", "::1"))).start()) {
      for (int i = 0; i < 6; i++) {
        HttpResponse<String> response =
            server.get("/api/health", "X-Forwarded-For", "198.51.100.7, 203.0.113." + (i + 1));
        assertThat(response.statusCode()).as("client %d", i).isEqualTo(200);
      }
      int limited = 0;
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> response =
            server.get("/api/health", "X-Forwarded-For", "203.0.113.200, 127.0.0.1");
        limited += response.statusCode() == 429 ? 1 : 0;
      }
      assertThat(limited).as("one client behind two trusted hops").isPositive();
    }
  }
}

package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.config.ConfigException;
import org.parley.config.ServerConfig;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** CORS: exact origins from server.yaml and --allow-origin get access; nothing else does. */
class CorsApiTest {
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server =
        TestServer.over(TestIndex.bundled())
            .server(
                new ServerConfig(
                    List.of("https://partner.example/"), null, null, null, null, null, null))
            .allowOrigins("http://localhost:8081")
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> getFrom(String origin) {
    return server.get("/api/search?q=nato", "Origin", origin);
  }

  @ParameterizedTest(name = "{0} may read responses")
  @ValueSource(strings = {"https://partner.example", "http://localhost:8081"})
  void an_allowed_origin_gets_exactly_its_origin_back(String origin) {
    HttpResponse<String> response = getFrom(origin);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(origin);
    assertThat(response.headers().firstValue("Vary").orElseThrow()).contains("Origin");
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("ETag");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @ParameterizedTest(name = "{0} gets no CORS header")
  @ValueSource(
      strings = {
        "null",
        "https://partner.example.evil.com",
        "https://evilpartner.example",
        "https://partner.example.",
        "http://partner.example",
        "https://partner.example:8443",
        "http://localhost:8082",
        "http://localhost",
        "https://partner.example/",
        "*",
        ""
      })
  void any_other_origin_gets_no_cors_header(String origin) {
    HttpResponse<String> response =
        origin.isEmpty() ? server.get("/api/search?q=nato") : getFrom(origin);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("Vary").orElseThrow()).contains("Origin");
  }

  @Test
  void errors_for_an_allowed_origin_are_readable_by_its_page() {
    HttpResponse<String> response =
        server.get("/api/search?size=0", "Origin", "https://partner.example");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://partner.example");
  }

  private static HttpResponse<String> preflight(String path, String origin, String method) {
    return server.send(
        server
            .request(
                path,
                "Origin",
                origin,
                "Access-Control-Request-Method",
                method,
                "Access-Control-Request-Headers",
                "If-None-Match, X-Custom")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void a_preflight_from_an_allowed_origin_is_granted_get_and_if_none_match() {
    HttpResponse<String> response = preflight("/api/search", "https://partner.example", "GET");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://partner.example");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, HEAD");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .contains("if-none-match");
    assertThat(response.headers().firstValue("Access-Control-Max-Age")).isPresent();
  }

  @Test
  void a_preflight_from_another_origin_or_for_another_method_is_not_granted() {
    for (HttpResponse<String> response :
        List.of(
            preflight("/api/search", "https://partner.example.evil.com", "GET"),
            preflight("/api/search", "null", "GET"),
            preflight("/api/search", "https://partner.example", "DELETE"))) {
      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }
  }

  @Test
  void a_preflight_for_an_unknown_route_is_a_404() {
    assertThat(preflight("/api/admin", "https://partner.example", "GET").statusCode())
        .isEqualTo(404);
  }

  @Test
  void configured_origins_must_be_bare_origins() {
    for (String bad :
        List.of(
            "*",
            "null",
            "https://partner.example/path",
            "ftp://partner.example",
            "partner.example",
            "https://*.example")) {
      assertThatThrownBy(
              () ->
                  HttpSettings.from(
                      new ServerConfig(List.of(bad), null, null, null, null, null, null),
                      List.of()))
          .as(bad)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("allowed_origins[0]");
    }
    assertThat(
            HttpSettings.from(ServerConfig.DEFAULT, List.of("HTTPS://Partner.Example:8443/"))
                .allowedOrigins())
        .containsExactly("https://partner.example:8443");
    assertThat(HttpSettings.from(ServerConfig.DEFAULT, List.of()).allowedOrigins()).isEmpty();
  }
}

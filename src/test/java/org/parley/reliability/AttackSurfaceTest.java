package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.config.ServerConfig;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * What an attacker probes first: admin and config routes, traversal in every encoding, and origins
 * that look like an allowed one. There is no admin surface (every such path is a JSON 404, or a 400
 * for a path Jetty refuses to normalise, and never a file's content), and only the exact allowed
 * origin gets a CORS grant, on every route and every status.
 */
@Tag("integration")
class AttackSurfaceTest {
  static final String ALLOWED = "https://partner.example";
  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");

  /** Paths that would be an admin or file surface if anything answered them. */
  static final List<String> ADMIN_PATHS =
      List.of(
          "/admin",
          "/admin/",
          "/reload",
          "/config",
          "/api/admin",
          "/api/reload",
          "/api/config",
          "/api/shutdown",
          "/api/index",
          "/api/rebuild",
          "/actuator/env",
          "/metrics",
          "/console",
          "/.git/config",
          "/index-config/server.yaml",
          "/data/index/CURRENT",
          "/logback.xml",
          "/META-INF/MANIFEST.MF",
          "/org/parley/cli/ParleyCommand.class",
          "/api/%2e%2e/admin",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/api/..%5c..%5cindex-config%5cserver.yaml",
          "/..%5c..%5cetc%5cpasswd",
          "/api/%252e%252e/config",
          "/api/search/..;/..;/admin",
          "/api/paragraphs/..%2f..%2f..%2fpom.xml");

  /** Traversal that Jetty refuses before routing (an ambiguous or escaping path): 400 is fine. */
  static final List<String> RAW_TRAVERSAL =
      List.of(
          "/../", "/../index-config/server.yaml", "/api/../../etc/passwd", "/%2e%2e/", "/..%5c");

  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server =
        TestServer.over(TestIndex.bundled())
            .server(new ServerConfig(List.of(ALLOWED), null, null, null, null, null, null))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void no_admin_config_or_file_path_answers_anything_but_a_json_404() throws IOException {
    for (String path : ADMIN_PATHS) {
      for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
        String response =
            server.raw(
                method
                    + " "
                    + path
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        int status = status(response);
        // Other methods on a path an API route matches get that route's 405.
        assertThat(status)
            .as("%s %s: %s", method, path, response)
            .isIn(method.equals("GET") ? List.of(400, 404) : List.of(400, 404, 405));
        assertNoContent(response, method + " " + path);
      }
    }
    for (String path : RAW_TRAVERSAL) {
      String response =
          server.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(status(response)).as("%s: %s", path, response).isIn(400, 404);
      assertNoContent(response, path);
    }
  }

  @ParameterizedTest(name = "{0} to odd targets gets Parley's JSON error and headers")
  @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO"})
  void odd_request_targets_get_the_json_error_and_headers_whatever_the_method(String method)
      throws IOException {
    for (String target :
        List.of("/../", "/a\\b", "/api/search/..;/..;/admin", "/%00", "*", "/api/%ff")) {
      String response =
          server.raw(
              method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      String what = method + " " + target;
      assertThat(status(response)).as("%s: %s", what, response).isBetween(400, 499);
      String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
      assertThat(head)
          .as(what)
          .containsIgnoringCase("Content-Type: application/json")
          .containsIgnoringCase("X-Content-Type-Options: nosniff")
          .doesNotContainIgnoringCase("Server:");
      assertNoContent(response, what);
    }
  }

  /**
   * The GET half of the admin check against any running server, such as a real {@code parley serve}
   * with whatever pages it registers.
   */
  static void assertNoAdminSurface(URI base) throws IOException {
    for (String path : ADMIN_PATHS) {
      try (Socket socket = new Socket(base.getHost(), base.getPort())) {
        socket.setSoTimeout(10_000);
        socket
            .getOutputStream()
            .write(
                ("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        String response =
            new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(status(response)).as("%s: %s", path, response).isIn(400, 404);
        assertNoContent(response, path);
      }
    }
  }

  /** What a served file or config would show. */
  private static final String[] LEAKS = {
    "root:", "allowed_origins", "[core]", "Main-Class", "<project", "gen-0", "<configuration"
  };

  static void assertNoContent(String response, String what) {
    assertThat(response).as(what).contains("{\"error\":{").doesNotContain(LEAKS);
  }

  private static int status(String response) {
    Matcher m = STATUS.matcher(response);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  @ParameterizedTest(name = "{0} gets no grant")
  @ValueSource(
      strings = {
        "HTTPS://PARTNER.EXAMPLE",
        "https://partner.example:443",
        "https://evil@partner.example",
        "https://p\u0430rtner.example",
        "https://xn--prtner-2nf.example",
        "https://partner.example%2eevil.com",
        "https://partner.example https://evil.example",
        "https://partner.example, https://evil.example",
        "file://",
        "https://partner.exampl",
        "ttps://partner.example"
      })
  void look_alike_origins_get_no_grant_on_any_route_or_status(String origin) {
    for (String path :
        List.of("/api/search?q=nato", "/api/search?size=0", "/api/nothing", "/api/health")) {
      HttpResponse<String> response;
      try {
        response = server.get(path, "Origin", origin);
      } catch (IllegalArgumentException e) {
        return; // the client will not even send it: no browser would either
      }
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
          .as("%s on %s", origin, path)
          .isEmpty();
    }
    HttpResponse<String> preflight =
        server.send(
            server
                .request("/api/search", "Origin", origin, "Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void the_allowed_origin_is_granted_even_on_refusals_and_missing_routes() {
    for (String path : List.of("/api/search?q=nato", "/api/search?size=0", "/api/nothing")) {
      HttpResponse<String> response = server.get(path, "Origin", ALLOWED);
      assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
          .as(path)
          .containsExactly(ALLOWED);
      assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }
  }
}

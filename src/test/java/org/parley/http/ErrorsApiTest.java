package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.search.QueryFactory;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** Untrusted input: every refusal is a JSON error naming its parameter; nothing is ever a 500. */
class ErrorsApiTest {
  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    // The real NATO transcript, plus an invented paragraph of 20,001 distinct "zq..." words.
    StringBuilder words = new StringBuilder();
    for (int i = 0; i <= QueryFactory.MAX_PREFIX_EXPANSIONS; i++) {
      words.append("zq").append(letters(i)).append(' ');
    }
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2022-05-01-words.txt",
                "Word list",
                "Spokesperson Test Speaker of the Republic of Examplestan",
                "1 May 2022",
                List.of(words.toString().strip() + "."));
    server = TestServer.over(TestIndex.build(corpus.dir(), tmp.resolve("index"))).start();
  }

  /** {@code n} written with the letters a-z (0 = "aaaa"). */
  private static String letters(int n) {
    char[] out = new char[4];
    for (int i = 3; i >= 0; i--) {
      out[i] = (char) ('a' + n % 26);
      n /= 26;
    }
    return new String(out);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The {@code error} object of a JSON error response with {@code status}. */
  private static JsonNode error(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.parley", "org.apache");
    JsonNode error = TestServer.json(response).get("error");
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("code").asText()).isNotBlank();
    assertThat(error.get("message").asText()).isNotBlank();
    return error;
  }

  @ParameterizedTest(name = "{0} is refused naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?size=0|size",
        "/api/search?size=101|size",
        "/api/search?size=ten|size",
        "/api/search?size=1.5|size",
        "/api/search?size=5&size=6|size",
        "/api/search?page=0|page",
        "/api/search?page=-3|page",
        "/api/search?page=x|page",
        "/api/search?page=99999999999999999999999|page",
        "/api/search?page=1001&size=10|page",
        "/api/search?sort=best|sort",
        "/api/search?from=2022-13-01|from",
        "/api/search?from=07/01/2022|from",
        "/api/search?from=2022-1-7|from",
        "/api/search?to=yesterday|to",
        "/api/search?from=2022-02-01&to=2022-01-01|from",
        "/api/search?fragment=-1|fragment",
        "/api/search?fragment=lots|fragment",
        "/api/search?facets=speaker,colour|facets",
        "/api/search?role=king|role",
        "/api/search?in=bogus|in",
        "/api/search?q=*ussia|q",
        "/api/search?q=a*|q",
        "/api/search?q=rus*sia|q",
        "/api/search?colour=red|colour",
        "/api/export?format=xls|format",
        "/api/export?size=0|size",
        "/api/export?q=*ussia|q",
        "/api/paragraphs/x?context=21|context",
        "/api/paragraphs/x?context=two|context",
        "/api/paragraphs/x?q=nato|q",
        "/api/suggest?size=0|size",
        "/api/suggest?size=21|size",
        "/api/health?verbose=1|verbose",
      })
  void a_bad_parameter_is_a_400_naming_it(String pathAndQuery, String param) {
    JsonNode error = error(server.get(pathAndQuery), 400);
    assertThat(error.get("param").asText()).isEqualTo(param);
    assertThat(error.get("code").asText()).isIn("invalid_parameter", "unknown_parameter");
  }

  @Test
  void a_query_longer_than_1000_characters_is_refused_without_echoing_it() {
    String q = "ukraine ".repeat(126).strip();
    assertThat(q.length()).isGreaterThan(1000);
    HttpResponse<String> response = server.get("/api/search?q=" + TestServer.encode(q));
    JsonNode error = error(response, 400);
    assertThat(error.get("param").asText()).isEqualTo("q");
    assertThat(response.body()).doesNotContain("ukraine ukraine");
    assertThat(server.get("/api/search?q=" + TestServer.encode(q.substring(0, 1000))).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_query_with_too_many_clauses_is_a_400_on_q() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 450; i++) {
      q.append("w").append(i).append(' ');
    }
    JsonNode error =
        error(server.get("/api/search?q=" + TestServer.encode(q.toString().strip())), 400);
    assertThat(error.get("param").asText()).isEqualTo("q");
  }

  @Test
  void a_prefix_matching_too_many_words_is_a_400_on_q() {
    JsonNode error = error(server.get("/api/search?q=zq*"), 400);
    assertThat(error.get("param").asText()).isEqualTo("q");
    assertThat(server.get("/api/search?q=zqaa*").statusCode()).isEqualTo(200);
  }

  @Test
  void a_suggest_prefix_longer_than_100_characters_is_refused() {
    JsonNode error = error(server.get("/api/suggest?q=" + "a".repeat(101)), 400);
    assertThat(error.get("param").asText()).isEqualTo("q");
  }

  @Test
  void too_many_values_for_one_filter_are_refused() {
    String query = "speaker=x&".repeat(RequestParams.MAX_VALUES + 1);
    JsonNode error = error(server.get("/api/search?" + query), 400);
    assertThat(error.get("param").asText()).isEqualTo("speaker");
  }

  @Test
  void unknown_parameter_names_are_named_only_when_they_look_like_names() {
    HttpResponse<String> response =
        server.get("/api/search?" + TestServer.encode("<script>alert(1)</script>") + "=1");
    JsonNode error = error(response, 400);
    assertThat(error.get("code").asText()).isEqualTo("unknown_parameter");
    assertThat(error.has("param")).isFalse();
    assertThat(response.body()).doesNotContain("<script", "alert");
  }

  @Test
  void refusals_never_echo_the_value_sent() {
    String value = "<img src=x onerror=alert(1)>";
    for (String param : List.of("size", "page", "sort", "from", "fragment", "facets", "role")) {
      HttpResponse<String> response =
          server.get("/api/search?" + param + "=" + TestServer.encode(value));
      error(response, 400);
      assertThat(response.body()).as(param).doesNotContain("<img", "onerror");
    }
  }

  @ParameterizedTest(name = "{0} is a JSON 404")
  @ValueSource(
      strings = {
        "/api/nothing",
        "/admin",
        "/api",
        "/",
        "/api/search/extra",
        "/api/paragraphs/",
        "/api/%2e%2e/admin",
        "/api/paragraphs/..%2F..%2Fetc%2Fpasswd",
        "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd",
        "/WEB-INF/web.xml",
      })
  void unknown_routes_and_ids_are_json_404s(String path) {
    assertThat(error(server.get(path), 404).get("code").asText()).isEqualTo("not_found");
  }

  @Test
  void path_traversal_never_leaves_the_api() throws IOException {
    for (String path :
        List.of("/api/../../etc/passwd", "/api/..%2f..%2fetc%2fpasswd", "/..;/etc/passwd")) {
      String response =
          server.raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(response).as(path).matches("(?s)HTTP/1.1 (400|404) .*");
      assertThat(response).as(path).contains("{\"error\":{").doesNotContain("root:");
    }
    assertThat(error(server.get("/api/paragraphs/%00"), 400).get("code").asText())
        .isEqualTo("bad_request");
    String escaping =
        server.raw("GET /../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(escaping).startsWith("HTTP/1.1 400").contains("\"code\":\"bad_request\"");
  }

  @ParameterizedTest(name = "{0} is a JSON 405")
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void other_methods_are_json_405s_with_allow(String method) {
    HttpResponse<String> response =
        server.send(
            server.request("/api/search").method(method, HttpRequest.BodyPublishers.noBody()));
    error(response, 405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
  }

  @Test
  void trace_and_made_up_methods_are_refused_with_json() throws IOException {
    for (String method : List.of("TRACE", "FOO", "CONNECT")) {
      String response =
          server.raw(method + " /api/search HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(response).as(method).matches("(?s)HTTP/1.1 (400|405) .*");
      assertThat(response).as(method).contains("{\"error\":{");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A tunnel request, well formed: the method is what is refused. ("~" ends a line.)
        "CONNECT example.com:443 HTTP/1.1~Host: example.com:443~Connection: close | 405",
        "CONNECT 127.0.0.1:80 HTTP/1.0~Connection: close | 405",
        // CONNECT takes host:port only; a path, or no target at all, is a malformed request.
        "CONNECT / HTTP/1.1~Host: x~Connection: close | 400",
        "CONNECT /api/search HTTP/1.1~Host: x~Connection: close | 400",
        "CONNECT | 400",
      })
  void connect_is_a_json_error_and_logs_no_warning(String head, int status) throws IOException {
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    root.addAppender(logged);
    String response;
    try {
      response = server.raw(head.replace("~", "\r\n") + "\r\n\r\n");
    } finally {
      root.detachAppender(logged);
    }
    String code = status == 405 ? "method_not_allowed" : "bad_request";
    assertThat(response)
        .startsWith("HTTP/1.1 " + status + " ")
        .contains("Content-Type: application/json")
        .contains("{\"error\":{\"status\":" + status + ",\"code\":\"" + code + "\"");
    if (status == 405) {
      assertThat(response).contains("Allow: GET, HEAD, OPTIONS");
    }
    assertThat(logged.list)
        .as("nothing logged at WARN or above (a client could flood the log)")
        .noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
  }

  @Test
  void an_unsupported_http_version_is_a_json_505_whose_body_says_505() throws IOException {
    String response = server.raw("GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n");
    assertThat(response)
        .startsWith("HTTP/1.1 505")
        .contains("{\"error\":{\"status\":505,\"code\":\"http_version_not_supported\"");
  }

  @Test
  void a_post_with_a_body_is_a_405_not_a_read() {
    HttpResponse<String> response =
        server.send(
            server
                .request("/api/search")
                .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"nato\"}")));
    error(response, 405);
  }

  @Test
  void a_get_with_a_body_is_refused() throws IOException {
    String response =
        server.raw(
            "GET /api/search?q=nato HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    assertThat(response).startsWith("HTTP/1.1 400").contains("\"code\":\"body_not_allowed\"");
  }

  @Test
  void a_too_long_uri_is_a_json_414() throws IOException {
    String response =
        server.raw(
            "GET /api/search?q="
                + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 414").contains("\"code\":\"uri_too_long\"");
    assertThat(response).doesNotContain("aaaa", "<html");
  }

  @Test
  void too_large_headers_are_a_json_431() {
    HttpResponse<String> response = server.get("/api/health", "X-Filler", "x".repeat(20_000));
    error(response, 431);
    assertThat(response.body()).doesNotContain("xxxx");
  }

  @Test
  void malformed_query_syntax_is_searched_leniently() {
    for (String q :
        List.of(
            "\"dual track",
            "((ukraine",
            "ukraine)) OR",
            "AND OR NOT",
            "~2 ^3",
            "text:nato",
            "\\",
            "-",
            "\"\"",
            "nato -",
            "'; DROP TABLE paragraphs; --")) {
      HttpResponse<String> response = server.get("/api/search?q=" + TestServer.encode(q));
      assertThat(response.statusCode()).as(q).isEqualTo(200);
      assertThat(TestServer.json(response).get("query").asText()).isEqualTo(q);
    }
  }

  @Test
  void random_input_never_yields_a_500() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab \"'()*?~^:+-|&!{}[]\\/<>%=;,.\u00e9\u2011\u201c\u0000\t\u00a0";
    String[] params = {"q", "speaker", "topic", "role", "from", "sort", "facets", "doc", "size"};
    String[] paths = {"/api/search", "/api/suggest", "/api/export", "/api/paragraphs/"};
    for (int i = 0; i < 150; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String path = paths[random.nextInt(paths.length)];
      String url =
          path.endsWith("/")
              ? path + TestServer.encode(value.toString()).replace("+", "%20")
              : path
                  + "?"
                  + (path.endsWith("suggest") ? "q" : params[random.nextInt(params.length)])
                  + "="
                  + TestServer.encode(value.toString());
      HttpResponse<String> response = server.get(url);
      assertThat(response.statusCode())
          .as("seed %d, request %d: %s -> %s", seed, i, url, response.body())
          .isIn(200, 400, 404);
      if (response.statusCode() != 200) {
        error(response, response.statusCode());
      }
    }
  }
}

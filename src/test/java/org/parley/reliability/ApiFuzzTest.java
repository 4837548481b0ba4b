package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.util.IOUtils;
import org.parley.config.ServerConfig;
import org.parley.testing.TestServer;

/**
 * Every parameter of the read endpoints fuzzed with random text, numbers, dates, encodings (valid,
 * invalid, double and overlong percent-encoding) and repeats, sent byte for byte over a socket so
 * no client normalises them. The only statuses are 200, 400, 404, 413, 414, 429 and 431, never a
 * 5xx; an error is JSON and never echoes markup it was sent; each answer comes within a bound.
 */
@Tag("integration") // jqwik's own tag: the platform filters it like JUnit's
class ApiFuzzTest {
  static final Duration BOUND = Duration.ofSeconds(5);
  private static final List<Integer> ALLOWED = List.of(200, 400, 404, 413, 414, 429, 431);
  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");

  private static Path tmp;
  private static TestServer server;
  private static final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  private static long slowestNanos;

  @BeforeContainer
  static void start() throws IOException {
    tmp = Files.createTempDirectory("parley-fuzz-");
    try (Workspace ws = Workspace.create(tmp, 20, 5)) {
      ws.build(false);
    }
    // The rate limit is off so that the fuzzing reaches the handlers; OverloadTest and
    // LimitsApiTest cover it.
    server =
        TestServer.over(tmp.resolve("index"))
            .server(new ServerConfig(null, null, null, 0, null, null, null))
            .start();
  }

  @AfterContainer
  static void stop() throws IOException {
    server.close();
    IOUtils.rm(tmp);
    System.out.printf(
        "api fuzz: statuses %s, slowest answer %d ms%n",
        new TreeMap<>(statuses), slowestNanos / 1_000_000);
  }

  @Property(tries = 400)
  void any_parameters_get_an_allowed_status_quickly_and_errors_never_echo_markup(
      @ForAll("requests") Request request) throws IOException {
    long start = System.nanoTime();
    String response =
        server.raw(
            "GET "
                + request.target()
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    long took = System.nanoTime() - start;
    synchronized (ApiFuzzTest.class) {
      slowestNanos = Math.max(slowestNanos, took);
    }
    Matcher m = STATUS.matcher(response);
    assertThat(m.find()).as("a status line for %s: %s", request, response).isTrue();
    int status = Integer.parseInt(m.group(1));
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    assertThat(status).as("%s -> %s", request, response).isIn(ALLOWED);
    assertThat(Duration.ofNanos(took)).as("%s", request).isLessThan(BOUND);
    if (status != 200) {
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      assertThat(body).as("%s", request).startsWith("{\"error\":{");
      for (String markup : request.markup()) {
        assertThat(body).as("%s echoed", request).doesNotContain(markup);
      }
    }
  }

  /** A request target, and the markup its raw values carry (which an error must not echo). */
  record Request(String target, List<String> markup) {}

  private static final String[] SEARCH_PARAMS = {
    "q",
    "speaker",
    "topic",
    "role",
    "from",
    "to",
    "doc",
    "sort",
    "page",
    "size",
    "fragment",
    "facets"
  };

  @Provide
  Arbitrary<Request> requests() {
    Arbitrary<String> endpoint =
        Arbitraries.of("/api/search", "/api/suggest", "/api/export", "/api/paragraphs/");
    Arbitrary<List<String[]>> params =
        Combinators.combine(names(), values())
            .as((n, v) -> new String[] {n, v})
            .list()
            .ofMaxSize(6);
    return Combinators.combine(endpoint, values(), params).as(ApiFuzzTest::request);
  }

  private static Request request(String endpoint, String pathValue, List<String[]> params) {
    StringBuilder target = new StringBuilder(endpoint);
    List<String> markup = new ArrayList<>();
    if (endpoint.endsWith("/")) {
      String id = pathValue.isEmpty() ? "x" : pathValue;
      target.append(id.replace("?", "%3F").replace("#", "%23").replace("/", "%2F"));
      collectMarkup(id, markup);
    }
    for (int i = 0; i < params.size(); i++) {
      target
          .append(i == 0 ? '?' : '&')
          .append(params.get(i)[0])
          .append('=')
          .append(params.get(i)[1]);
      collectMarkup(params.get(i)[1], markup);
    }
    return new Request(target.toString(), markup);
  }

  /** Tags in a raw value, decoded or not: {@code <script}, {@code <img}. */
  private static void collectMarkup(String raw, List<String> markup) {
    for (String form : List.of(raw, decodeLoosely(raw))) {
      Matcher m = Pattern.compile("<[a-zA-Z/!][^\\s<>]*").matcher(form);
      while (m.find()) {
        markup.add(m.group());
      }
    }
  }

  private static String decodeLoosely(String raw) {
    try {
      return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }

  private static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of(SEARCH_PARAMS),
        Arbitraries.of("format", "context", "id", "Q", "q[]", "size%00", "%71", "", "callback"),
        Arbitraries.strings().alpha().ofMaxLength(12));
  }

  /** Values as they travel in a request line: already encoded, well or badly. */
  private static Arbitrary<String> values() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars("ab \"'()*?~^:+-|&!{}[]\\/<>%=;,.#")
            .withCharRange('\u00e0', '\u00ff')
            .withChars('\u2011', '\u201c', '\u2028', '\u0000', '\t', '\n', '\ud83d', '\ude00')
            .ofMaxLength(60)
            .map(s -> encode(s));
    Arbitrary<String> numbers =
        Arbitraries.oneOf(
            Arbitraries.longs().map(n -> Long.toString(n)),
            Arbitraries.of(
                "0",
                "-1",
                "1",
                "10",
                "100",
                "101",
                "1000",
                "10000",
                "10001",
                "2147483648",
                "99999999999999999999",
                "1e3",
                "1.5",
                "0x10",
                "+5",
                " 5",
                "5 ",
                "\u0665",
                "NaN"));
    Arbitrary<String> dates =
        Arbitraries.of(
            "2022-01-07",
            "2022-02-30",
            "2022-13-01",
            "0000-01-01",
            "9999-12-31",
            "2022-1-7",
            "07/01/2022",
            "2022-01-07T00:00",
            "-2022-01-01",
            "+10000-01-01");
    Arbitrary<String> choices =
        Arbitraries.of(
            "relevance",
            "date",
            "-date",
            "speaker,topic,role,year,month",
            "speaker,speaker",
            "csv",
            "jsonl",
            "journalist",
            "official,moderator",
            "",
            ",",
            ",,,");
    Arbitrary<String> hostile =
        Arbitraries.of(
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "<script>alert(1)</script>",
            "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "%22%3E%3Csvg%20onload%3Dalert(1)%3E",
            "%253Cscript%253E",
            "%c0%af%c0%ae",
            "%c3%28",
            "%ff%fe",
            "%",
            "%zz",
            "%00",
            "%e2%80%a8",
            "%F0%9F%98%80",
            "..%2F..%2Fetc%2Fpasswd",
            "..%5c..%5cwindows",
            "*",
            "a*",
            "*stan",
            "/.*/",
            "/(a%2B)%2B$/",
            "kazakh*%20ukrain*%20russ*%20secur*%20dialog*",
            "%22dual%20track",
            "a".repeat(1001),
            "%41".repeat(1001),
            "x".repeat(9000));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, text),
        net.jqwik.api.Tuple.of(2, numbers),
        net.jqwik.api.Tuple.of(1, dates),
        net.jqwik.api.Tuple.of(2, choices),
        net.jqwik.api.Tuple.of(3, hostile));
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package org.parley.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stranger's site on another origin that embeds the box under a strict CSP: scripts only from
 * itself and Parley, requests only to Parley, styles only from itself, no inline anything. Under
 * {@code /parley/} it also relays to Parley, answering queries that contain {@link #SLOW_WORD}
 * late, so tests can race a slow answer against a fast one.
 */
final class EmbeddingSite implements AutoCloseable {
  /** Queries containing this word are answered {@link #SLOW_MILLIS} late by the relay. */
  static final String SLOW_WORD = "Ukraine";

  static final long SLOW_MILLIS = 1500;

  /** Host CSS that tries everything to hide or restyle the box; none of it may get in. */
  static final String HOSTILE_CSS =
      """
      body * { display: none !important; background: yellow !important; margin: 30px !important;
        border: 9px dashed green !important; padding: 20px !important; }
      html, body, body * {
        font-size: 48px !important; line-height: 3 !important; letter-spacing: 6px !important;
        font-family: "Courier New", monospace !important; color: red !important;
        text-transform: uppercase !important; box-sizing: content-box !important;
        text-align: right !important; direction: ltr !important; cursor: wait !important;
      }
      parley-search { opacity: 0 !important; visibility: hidden !important; position: fixed !important;
        top: -400px !important; transform: scale(0.2) !important; width: 10px !important; }
      input, button, ul, li, a, mark, form, div, span, label { all: unset !important; display: none !important; }
      """;

  private final HttpServer server;
  private final ExecutorService threads;
  private final HttpClient client = HttpClient.newHttpClient();
  private volatile String parley;

  private EmbeddingSite(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static EmbeddingSite start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("embedding-site-", 0).factory());
    server.setExecutor(threads);
    EmbeddingSite site = new EmbeddingSite(server, threads);
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  /** Its origin. It must be served from a host name other than Parley's or a different port. */
  String origin() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** Where Parley runs; set once Parley has started with this site's origin allowed. */
  void useParley(String parleyOrigin) {
    this.parley = parleyOrigin;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/parley/")) {
        relay(ex);
        return;
      }
      switch (path) {
        case "/watch.js" -> send(ex, 200, "text/javascript", WATCH_JS);
        case "/hostile.css" -> send(ex, 200, "text/css", HOSTILE_CSS);
        case "/site.css" ->
            send(ex, 200, "text/css", "body{font:16px/1.5 Georgia,serif;margin:24px}");
        case "/box" -> page(ex, parley, "", "<parley-search size=\"5\"></parley-search>");
        case "/box-dark" ->
            page(
                ex,
                parley,
                "",
                "<parley-search theme=\"dark\" placeholder=\"Ask Parley\"></parley-search>");
        case "/box-hostile" ->
            page(ex, parley, "/hostile.css", "<parley-search size=\"5\"></parley-search>");
        case "/box-two" ->
            page(
                ex,
                parley,
                "",
                "<parley-search id=\"one\"></parley-search><p>Between</p>"
                    + "<parley-search id=\"two\" topic=\"Kazakhstan\" size=\"2\"></parley-search>");
        case "/box-relay" ->
            page(ex, origin() + "/parley", "", "<parley-search size=\"5\"></parley-search>");
        default -> send(ex, 404, "text/plain", "not found");
      }
    }
  }

  private void page(HttpExchange ex, String parleyBase, String extraCss, String body)
      throws IOException {
    String csp =
        "default-src 'none'; script-src 'self' "
            + parley
            + "; connect-src 'self' "
            + parley
            + "; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self' "
            + parley
            + "; frame-ancestors 'none'";
    ex.getResponseHeaders().set("Content-Security-Policy", csp);
    // A well-made site keeps its content in a main landmark, so axe-core can hold the box to the
    // page-level rules too. The hostile CSS hides every element under body, the box's own host
    // excepted: there the box must stay a direct child of body to show at all.
    boolean main = extraCss.isEmpty();
    send(
        ex,
        200,
        "text/html; charset=utf-8",
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>An embedding site</title>
        <link rel="icon" href="data:,">
        <script src="/watch.js"></script>
        <link rel="stylesheet" href="/site.css">%s
        <script src="%s/embed.js" defer></script>
        </head><body>%s<h1>A site about diplomacy</h1><p>Some of our own text.</p>
        %s
        <p id="after">More of our own text.</p>%s</body></html>
        """
            .formatted(
                extraCss.isEmpty() ? "" : "<link rel=\"stylesheet\" href=\"" + extraCss + "\">",
                parleyBase,
                main ? "<main>" : "",
                body,
                main ? "</main>" : ""));
  }

  /** Forwards {@code /parley/...} to Parley, late for slow queries (same origin: no CORS). */
  private void relay(HttpExchange ex) throws IOException {
    URI uri = ex.getRequestURI();
    String target =
        parley
            + uri.getRawPath().substring("/parley".length())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (URI.create(target).getQuery() != null
        && URI.create(target).getQuery().contains(SLOW_WORD)) {
      try {
        Thread.sleep(SLOW_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    try {
      HttpResponse<byte[]> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(target)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      ex.getResponseHeaders()
          .set("Content-Type", answer.headers().firstValue("Content-Type").orElse("text/plain"));
      ex.sendResponseHeaders(answer.statusCode(), answer.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The browser aborted this request (the box cancels superseded searches): nothing to send.
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Records CSP violations and errors where the test can read them. */
  private static final String WATCH_JS =
      """
      window.cspViolations = [];
      window.pageErrors = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
      });
      window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
      """;

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

package org.parley.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.config.ParleyConfig;
import org.parley.search.InvalidRequestException;

/**
 * The minimal HTTP baseline: the JDK's own {@link HttpServer} on the loopback address with one
 * handler, {@code GET /api/search}, that parses the parameters, runs {@link RawLuceneSearcher} and
 * writes its JSON. No routing framework, no rate limiting, no access log: what a search API costs
 * at the least. The benchmark starts it in a child JVM, like Parley's server.
 */
public final class RawLuceneServer implements AutoCloseable {
  /** Request threads: more than the benchmark's highest concurrency, as a server would have. */
  static final int THREADS = 16;

  private final HttpServer server;
  private final ExecutorService pool;

  private RawLuceneServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /**
   * Starts serving {@code searcher} on 127.0.0.1:{@code port} (0: any free port).
   *
   * <p>NOTE: sets {@code sun.net.httpserver.nodelay}: without TCP_NODELAY the JDK server's header
   * and body writes meet the client's delayed ACK and every keep-alive response waits ~40 ms, which
   * would measure Nagle's algorithm instead of Lucene. Jetty, under Javalin, sets it by default.
   */
  public static RawLuceneServer start(RawLuceneSearcher searcher, int port) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "raw-lucene-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/api/search", exchange -> handle(searcher, exchange));
    server.start();
    return new RawLuceneServer(server, pool);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(RawLuceneSearcher searcher, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "{\"error\":\"GET only\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
      int status = 200;
      try {
        BenchQuery query =
            BenchQuery.fromQueryString("http", exchange.getRequestURI().getRawQuery());
        searcher.search(query.toSearchRequest()).writeJson(body);
      } catch (InvalidRequestException | IllegalArgumentException e) {
        status = 400;
        body.reset();
        body.writeBytes("{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        status = 500;
        body.reset();
        body.writeBytes("{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8));
      }
      send(exchange, status, body.toByteArray());
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  /**
   * Child-JVM entry point: {@code RawLuceneServer GENERATION_DIR CONFIG_DIR PORT}. Prints {@code
   * listening on PORT} once ready and serves until the process is stopped.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: RawLuceneServer GENERATION_DIR CONFIG_DIR PORT");
      System.exit(2);
    }
    ParleyConfig config = ParleyConfig.load(Path.of(args[1]));
    try (RawLuceneSearcher searcher = RawLuceneSearcher.open(Path.of(args[0]), config);
        RawLuceneServer server = start(searcher, Integer.parseInt(args[2]))) {
      System.out.println("listening on " + server.port());
      System.out.flush();
      // Serves until the benchmark stops the process; the OS releases the index files.
      new CountDownLatch(1).await();
    }
  }
}

package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on the loopback address, driven with the JDK's {@link HttpClient} over HTTP/1.1
 * keep-alive connections (the pool opens one per concurrent request and reuses it). The body is
 * read whole on every request, as a browser would; only the agreement check parses it.
 */
final class HttpTarget implements SearchTarget {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final URI base;
  private final ExecutorService executor;
  private final HttpClient client;

  /**
   * @param base {@code http://127.0.0.1:PORT}
   */
  HttpTarget(String name, URI base) {
    this.name = name;
    this.base = base;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "bench-http-" + name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .executor(executor)
            .build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Call prepare(BenchQuery query) {
    return prepareGet("/api/search?" + query.queryString());
  }

  /** A GET of {@code pathAndQuery} that must answer 200. */
  Call prepareGet(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    return () -> body(request);
  }

  @Override
  public List<String> topIds(BenchQuery query) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/search?" + query.queryString()))
            .timeout(TIMEOUT)
            .GET()
            .build();
    JsonNode hits = JSON.readTree(body(request)).path("hits");
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : hits) {
      ids.add(hit.path("id").asText());
    }
    return ids;
  }

  /** The JSON answer to a GET of {@code pathAndQuery}, which must answer 200. */
  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).GET().build();
    return JSON.readTree(body(request));
  }

  private byte[] body(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(
          "%s answered %d to %s".formatted(name, response.statusCode(), request.uri()));
    }
    return response.body();
  }

  @Override
  public void close() {
    client.close();
    executor.shutdownNow();
  }
}

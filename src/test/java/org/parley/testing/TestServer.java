package org.parley.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.config.ParleyConfig;
import org.parley.config.ServerConfig;
import org.parley.http.ApiDependencies;
import org.parley.http.ParleyServer;
import org.parley.http.RequestSample;
import org.parley.http.WebRoutes;
import org.parley.search.SearchStack;
import org.parley.search.SuggestService;

/**
 * The real Parley server on a free port of 127.0.0.1 over an index folder, wired like {@code
 * ./parley serve} (one {@link SearchStack} polling for new generations, completions warmed), plus
 * an HTTP/1.1 client. Close it to stop the server and release the index.
 */
public final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchStack stack;
  private final SuggestService suggest;
  private final ParleyServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestServer(SearchStack stack, SuggestService suggest, ParleyServer server) {
    this.stack = stack;
    this.suggest = suggest;
    this.server = server;
  }

  /** A server over {@code indexDir}; adjust with the builder, then {@link Builder#start()}. */
  public static Builder over(Path indexDir) {
    return new Builder(indexDir);
  }

  /**
   * The server settings of a test that sets none: no rate limit, many search slots and a query
   * timeout far above any search here, so that no test depends on how fast the machine is. Tests of
   * the limits set their own with {@link Builder#server}.
   */
  public static final ServerConfig UNLIMITED =
      new ServerConfig(null, 10_000, 64, 0, null, null, null);

  /**
   * Options of a test server; defaults: project config with {@link #UNLIMITED} server settings, no
   * origins, no pages, 100 ms polling.
   */
  public static final class Builder {
    private final Path indexDir;
    private ParleyConfig config = TestIndex.withServer(TestIndex.config(), UNLIMITED);
    private final List<String> origins = new ArrayList<>();
    private WebRoutes pages = WebRoutes.NONE;
    private long pollMillis = 100;
    private ParleyServer.WarmUp warmUp;
    private RequestSample sample = new RequestSample(0);
    private int port;

    private Builder(Path indexDir) {
      this.indexDir = indexDir;
    }

    public Builder config(ParleyConfig config) {
      this.config = config;
      return this;
    }

    /** The project config with these server settings ({@code server.yaml}). */
    public Builder server(ServerConfig server) {
      this.config = TestIndex.withServer(config, server);
      return this;
    }

    /** Origins allowed as if given with {@code --allow-origin}. */
    public Builder allowOrigins(String... origins) {
      this.origins.addAll(List.of(origins));
      return this;
    }

    public Builder pages(WebRoutes pages) {
      this.pages = pages;
      return this;
    }

    /** How often the server looks for a new generation. */
    public Builder pollMillis(long pollMillis) {
      this.pollMillis = pollMillis;
      return this;
    }

    /** Starts as {@code serve} does: {@code warmUp} runs before the port accepts connections. */
    public Builder warmUp(ParleyServer.WarmUp warmUp) {
      this.warmUp = warmUp;
      return this;
    }

    /** Records the searches answered in {@code sample}, as {@code serve} does. */
    public Builder sample(RequestSample sample) {
      this.sample = sample;
      return this;
    }

    /** The port to listen on (default 0: any free one). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public TestServer start() throws IOException {
      SearchStack stack = SearchStack.open(indexDir, config, pollMillis);
      SuggestService suggest = new SuggestService(stack.searchers());
      try {
        suggest.warm();
        ApiDependencies deps =
            ApiDependencies.of(stack, suggest, config, origins)
                .withWebRoutes(pages)
                .withSample(sample);
        ParleyServer server =
            warmUp == null
                ? ParleyServer.start(deps, "127.0.0.1", port)
                : ParleyServer.startWarm(deps, "127.0.0.1", port, warmUp);
        return new TestServer(stack, suggest, server);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        suggest.close();
        stack.close();
        throw new IOException("interrupted while warming up", e);
      } catch (IOException | RuntimeException e) {
        suggest.close();
        stack.close();
        throw e;
      }
    }
  }

  public int port() {
    return server.port();
  }

  /** {@code http://127.0.0.1:<port>/}. */
  public URI baseUri() {
    return server.baseUri();
  }

  /** The absolute URI of {@code pathAndQuery} (which starts with '/'). */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }

  /** The search stack the server reads from (for comparing with direct service calls). */
  public SearchStack stack() {
    return stack;
  }

  /** GET {@code pathAndQuery} with optional header name/value pairs. */
  public HttpResponse<String> get(String pathAndQuery, String... headers) {
    return send(request(pathAndQuery, headers).GET());
  }

  /** A request builder for {@code pathAndQuery} with header name/value pairs. */
  public HttpRequest.Builder request(String pathAndQuery, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET as bytes (for gzip and byte-order-mark checks). */
  public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
    try {
      return client.send(
          request(pathAndQuery, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code pathAndQuery}, require a 200, and parse the JSON body. */
  public JsonNode getJson(String pathAndQuery) {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  /** The parsed JSON body of {@code response}. */
  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** Percent-encodes a query parameter value. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Sends {@code rawRequest} as is over a new socket and returns everything the server answers (for
   * requests the JDK client will not send: bodies on GET, unnormalised paths, huge headers).
   */
  public String raw(String rawRequest) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      suggest.close();
      try {
        stack.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

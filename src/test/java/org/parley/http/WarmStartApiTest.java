package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parley.config.ServerConfig;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * {@link ParleyServer#startWarm}: the public port answers nobody until the warm-up is over, the
 * warm-up's own requests pass the rate limit without using it up, a taken port fails at once, and
 * the warm-up's loopback port is gone afterwards. Over the bundled corpus.
 */
class WarmStartApiTest {
  private static final String SEARCH = "/api/search?q=nato&size=1";

  @Test
  void publicPortAnswersOnlyAfterTheWarmUp() throws Exception {
    int port = freePort();
    AtomicReference<Socket> early = new AtomicReference<>();
    AtomicReference<String> duringWarmUp = new AtomicReference<>();
    AtomicReference<URI> loopback = new AtomicReference<>();
    try (TestServer server =
        TestServer.over(TestIndex.bundled())
            .port(port)
            .warmUp(
                base -> {
                  loopback.set(base);
                  // A user who connects now is queued by the operating system, not answered.
                  Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                  early.set(socket);
                  send(socket);
                  socket.setSoTimeout(300);
                  try {
                    int first = socket.getInputStream().read();
                    duringWarmUp.set("answered early: " + first);
                  } catch (SocketTimeoutException expected) {
                    duringWarmUp.set("no answer");
                  }
                  // The warm-up itself is served.
                  HttpWarmUp.Result result =
                      new HttpWarmUp(List.of(SEARCH), 1).run(base, Duration.ofMillis(200));
                  assertThat(result.requests()).isPositive();
                  assertThat(result.notOk()).isZero();
                })
            .start()) {
      assertThat(duringWarmUp.get()).isEqualTo("no answer");
      assertThat(server.port()).isEqualTo(port);
      try (Socket socket = early.get()) {
        socket.setSoTimeout(10_000);
        assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 200 OK");
      }
      assertThat(server.get(SEARCH).statusCode()).isEqualTo(200);
      // The warm-up's port was closed once the public one accepted.
      assertThatThrownBy(
              () -> new Socket(loopback.get().getHost(), loopback.get().getPort()).close())
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void warmUpRequestsNeitherMeetNorUseUpTheRateLimit() throws Exception {
    ServerConfig onePerSecond = new ServerConfig(null, 10_000, 64, 1, 1, null, null);
    AtomicReference<HttpWarmUp.Result> warm = new AtomicReference<>();
    try (TestServer server =
        TestServer.over(TestIndex.bundled())
            .server(onePerSecond)
            .warmUp(
                base ->
                    warm.set(
                        new HttpWarmUp(List.of(SEARCH, "/api/suggest?q=nat"), 2)
                            .run(base, Duration.ofMillis(500))))
            .start()) {
      assertThat(warm.get().requests()).isGreaterThan(2);
      assertThat(warm.get().notOk()).as(warm.get().firstNotOk()).isZero();
      // The loopback client's bucket is full after the warm-up: one request passes, the next is
      // refused as the limit says.
      assertThat(server.get(SEARCH).statusCode()).isEqualTo(200);
      assertThat(server.get(SEARCH).statusCode()).isEqualTo(429);
    }
  }

  @Test
  void theSampleHoldsTheSearchesUsersSentNotTheWarmUps() throws Exception {
    RequestSample sample = new RequestSample(10);
    try (TestServer server =
        TestServer.over(TestIndex.bundled())
            .sample(sample)
            .warmUp(
                base ->
                    new HttpWarmUp(List.of("/api/search?q=sanctions"), 1)
                        .run(base, Duration.ofMillis(200)))
            .start()) {
      assertThat(server.get(SEARCH).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/search?size=0").statusCode()).isEqualTo(400);
      assertThat(server.get("/api/stats").statusCode()).isEqualTo(200);
      assertThat(server.get("/api/suggest?q=nat").statusCode()).isEqualTo(200);
      assertThat(server.send(server.request(SEARCH).HEAD()).statusCode()).isEqualTo(200);
      assertThat(sample.requests()).containsExactly(SEARCH, "/api/suggest?q=nat");
    }
  }

  @Test
  void aTakenPortFailsBeforeAnyWarmUp() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      AtomicBoolean warmed = new AtomicBoolean();
      assertThatThrownBy(
              () ->
                  TestServer.over(TestIndex.bundled())
                      .port(taken.getLocalPort())
                      .warmUp(base -> warmed.set(true))
                      .start())
          .isInstanceOf(ParleyServer.ServerStartException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(warmed).isFalse();
    }
  }

  @Test
  void warmUpCountsWhatWasNotAnsweredWith200() throws Exception {
    AtomicReference<HttpWarmUp.Result> warm = new AtomicReference<>();
    try (TestServer server =
        TestServer.over(TestIndex.bundled())
            .warmUp(
                base ->
                    warm.set(
                        // An export streams in chunks; a bad size is a 400 with a JSON body.
                        new HttpWarmUp(
                                List.of("/api/export?q=nato&format=jsonl", "/api/search?size=0"), 1)
                            .run(base, Duration.ofMillis(500))))
            .start()) {
      HttpWarmUp.Result result = warm.get();
      assertThat(result.requests()).isGreaterThanOrEqualTo(2);
      assertThat(result.notOk()).isEqualTo(result.requests() / 2);
      assertThat(result.firstNotOk()).isEqualTo("400 /api/search?size=0");
      assertThat(server.get(SEARCH).statusCode()).isEqualTo(200);
    }
  }

  private static void send(Socket socket) throws IOException {
    socket
        .getOutputStream()
        .write(
            ("GET " + SEARCH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

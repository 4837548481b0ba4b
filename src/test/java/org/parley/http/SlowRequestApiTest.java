package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** A request that does not arrive in time is answered with a 408 before the connection closes. */
class SlowRequestApiTest {
  private static final int IDLE_TIMEOUT_MS = 300;

  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("corpus")).withNatoTranscript();
    server =
        TestServer.over(TestIndex.build(corpus.dir(), tmp.resolve("index")))
            .server(new ServerConfig(null, null, null, 0, null, null, IDLE_TIMEOUT_MS))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void headers_that_stop_half_way_get_a_json_408_then_the_connection_closes() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write("GET /api/health HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 408 ");
      assertThat(answer).contains("Connection: close").contains("\"code\":\"request_timeout\"");
    }
  }

  @Test
  void a_connection_that_sends_nothing_is_closed_without_an_answer() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      assertThat(socket.getInputStream().readAllBytes()).isEmpty();
    }
  }
}

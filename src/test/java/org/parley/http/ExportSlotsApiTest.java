package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * Exports have their own small pool of slots and a budget: slow or stalled export readers never
 * make a search fail, and an export too large for its budget is refused before its first byte.
 */
class ExportSlotsApiTest {
  private static final int SEARCH_SLOTS = 2;
  private static final int EXPORT_SLOTS = 2;
  private static final int SLOW_READERS = 40;

  /** Longer than the test: the stalled readers hold their slots throughout. */
  private static final int WRITE_TIMEOUT_MS = 120_000;

  /** A few kB of receive window: the whole-corpus export (megabytes) cannot fit in flight. */
  private static final int TINY_RECEIVE_BUFFER = 4096;

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void build() throws IOException {
    index = TestIndex.bundled();
  }

  /**
   * Limits set here, not inherited: rate limit off; a long idle timeout, so only the write timeout
   * can end a stalled export.
   */
  private static ServerConfig limits(int writeTimeoutMs, int maxRows) {
    return new ServerConfig(null, null, SEARCH_SLOTS, 0, null, null, 120_000)
        .withExports(EXPORT_SLOTS, 600, maxRows)
        .withWriteTimeoutMs(writeTimeoutMs);
  }

  @Test
  void forty_stalled_export_readers_leave_searches_answering_200() throws IOException {
    try (TestServer server = startWith(limits(WRITE_TIMEOUT_MS, 1_000_000))) {
      List<StalledReader> readers = new ArrayList<>();
      Map<Integer, Integer> exportStatuses = new TreeMap<>();
      try {
        for (int i = 0; i < SLOW_READERS; i++) {
          StalledReader reader = StalledReader.open(server.port(), "/api/export");
          readers.add(reader);
          exportStatuses.merge(reader.status, 1, Integer::sum);
        }
        // Export slots are held by readers that stopped reading; searches do not care.
        for (int i = 0; i < SEARCH_SLOTS + 2; i++) {
          HttpResponse<String> search = server.get("/api/search?q=sanctions");
          assertThat(search.statusCode()).as("search %d", i).isEqualTo(200);
        }
        assertThat(exportStatuses)
            .as("the export pool served its slots and refused the others")
            .containsOnlyKeys(200, 429);
        assertThat(exportStatuses.get(200)).isGreaterThanOrEqualTo(EXPORT_SLOTS);
        StalledReader refused =
            readers.stream().filter(r -> r.status == 429).findFirst().orElseThrow();
        assertThat(refused.head).containsIgnoringCase("Retry-After:");
        assertThat(refused.head).contains("\"code\":\"overloaded\"");

      } finally {
        for (StalledReader reader : readers) {
          reader.close();
        }
      }
    }
  }

  @Test
  void an_export_known_to_exceed_the_row_budget_is_refused_before_its_first_byte()
      throws IOException {
    TestCorpus nato = TestCorpus.in(tmp.resolve("nato-corpus")).withNatoTranscript();
    Path natoIndex = TestIndex.build(nato.dir(), tmp.resolve("nato-index"));
    try (TestServer server = TestServer.over(natoIndex).server(limits(30_000, 5)).start()) {
      HttpResponse<String> response = server.get("/api/export?q=ukraine");
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
      assertThat(TestServer.json(response).get("error").get("code").asText())
          .isEqualTo("export_too_large");
      assertThat(server.get("/api/export?q=zanzibar").statusCode())
          .as("an export within the budget still runs")
          .isEqualTo(200);
    }
  }

  private static TestServer startWith(ServerConfig config) {
    try {
      return TestServer.over(index).server(config).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client that asks for {@code path}, reads the response's head, then stops reading. */
  private static final class StalledReader implements AutoCloseable {
    private final Socket socket;
    final int status;
    final String head;

    private StalledReader(Socket socket, int status, String head) {
      this.socket = socket;
      this.status = status;
      this.head = head;
    }

    static StalledReader open(int port, String path) throws IOException {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(TINY_RECEIVE_BUFFER);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // Up to 2 kB: the status line and headers, and all of a small JSON refusal.
      byte[] buffer = new byte[2048];
      int read = socket.getInputStream().read(buffer);
      String head = read <= 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
      int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
      return new StalledReader(socket, status, head);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}

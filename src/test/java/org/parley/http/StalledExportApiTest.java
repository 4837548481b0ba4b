package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.config.ServerConfig;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;
import org.slf4j.LoggerFactory;

/**
 * An export cut off while streaming (its reader stopped reading, or it ran past its time budget)
 * ends the connection without the chunked stream's last chunk, so the client sees a failed
 * download, and frees its export slot.
 */
class StalledExportApiTest {
  private static final int WRITE_TIMEOUT_MS = 1000;

  /** How long a stalled export may hold its connection and slot: generous, for a loaded machine. */
  private static final long CUT_OFF_BOUND_MS = 10L * WRITE_TIMEOUT_MS;

  /** A few kB of receive window: the whole-corpus export (megabytes) cannot fit in flight. */
  private static final int TINY_RECEIVE_BUFFER = 4096;

  /** The end of a complete chunked body: an export cut off never sends it. */
  private static final String LAST_CHUNK = "\r\n0\r\n\r\n";

  /**
   * Limits set here: no rate limit, one export slot (so a new export's 200 shows the stalled one
   * let go), and an idle timeout far longer than the test, so only the export's own limits can end
   * it.
   */
  private static ServerConfig limits(int maxSeconds, int writeTimeoutMs) {
    return new ServerConfig(null, null, 4, 0, null, null, 120_000)
        .withExports(1, maxSeconds, 1_000_000)
        .withWriteTimeoutMs(writeTimeoutMs);
  }

  @Test
  void a_reader_that_stops_reading_is_cut_off_after_the_write_timeout_and_its_slot_freed()
      throws Exception {
    try (TestServer server =
            TestServer.over(TestIndex.bundled()).server(limits(600, WRITE_TIMEOUT_MS)).start();
        Socket reader = stalledExport(server.port())) {
      long stalledAt = System.nanoTime();
      int status = 429;
      while (status == 429 && millisSince(stalledAt) < CUT_OFF_BOUND_MS) {
        status = server.get("/api/export?q=zanzibar").statusCode();
        if (status == 429) {
          Thread.sleep(50);
        }
      }
      assertThat(status)
          .as("a new export gets the slot within %d ms of the reader stalling", CUT_OFF_BOUND_MS)
          .isEqualTo(200);
      Drained rest = drain(reader);
      assertThat(rest.ended).as("the server ended the stalled connection").isTrue();
      assertThat(rest.text).as("the export was cut off, not completed").doesNotEndWith(LAST_CHUNK);
    }
  }

  @Test
  void an_export_past_its_time_budget_is_cut_off_mid_stream() throws Exception {
    int maxSeconds = 1;
    Logger log = (Logger) LoggerFactory.getLogger(ErrorResponses.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    log.addAppender(events);
    try (TestServer server =
            TestServer.over(TestIndex.bundled()).server(limits(maxSeconds, 120_000)).start();
        Socket reader = stalledExport(server.port())) {
      // The budget is wall-clock time: the reader holds the export back until it has run out
      // (the write timeout is far longer), then reads on; the next row finds the budget spent.
      long stalledAt = System.nanoTime();
      while (millisSince(stalledAt) <= TimeUnit.SECONDS.toMillis(maxSeconds)) {
        Thread.sleep(50);
      }
      Drained rest = drain(reader);
      assertThat(rest.ended).as("the server ended the export").isTrue();
      assertThat(rest.text).as("the export was cut off, not completed").doesNotEndWith(LAST_CHUNK);
      assertThat(server.get("/api/export?q=zanzibar").statusCode())
          .as("the slot is free again")
          .isEqualTo(200);
    } finally {
      log.detachAppender(events);
    }
    assertThat(events.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(m -> m.contains("export stopped: over its time budget"));
  }

  /** Asks for the whole corpus as CSV, reads the start of the answer, then stops reading. */
  private static Socket stalledExport(int port) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(TINY_RECEIVE_BUFFER);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(30_000);
    socket
        .getOutputStream()
        .write(
            "GET /api/export HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    byte[] start = new byte[2048];
    int read = socket.getInputStream().read(start);
    assertThat(new String(start, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1))
        .startsWith("HTTP/1.1 200 ");
    return socket;
  }

  /** What was left to read, and whether the server ended the stream (closed or reset). */
  private record Drained(boolean ended, String text) {}

  private static Drained drain(Socket socket) throws IOException {
    socket.setSoTimeout((int) CUT_OFF_BOUND_MS);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        got.write(buffer, 0, n);
      }
      return new Drained(true, got.toString(StandardCharsets.ISO_8859_1));
    } catch (SocketTimeoutException stillOpen) {
      return new Drained(false, got.toString(StandardCharsets.ISO_8859_1));
    } catch (IOException reset) {
      return new Drained(true, got.toString(StandardCharsets.ISO_8859_1));
    }
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }
}

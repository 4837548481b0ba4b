package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.TestServer;

/**
 * Slowloris: clients that open a connection and trickle a request's headers a byte at a time, or
 * send nothing at all, are cut off once the idle timeout has passed, however steadily they trickle;
 * meanwhile a well-behaved client gets every answer, quickly.
 */
@Tag("integration")
class SlowClientsTest {
  private static final int IDLE_TIMEOUT_MS = 1500;
  private static final int TRICKLING = 16;
  private static final int SILENT = 4;
  private static final long TRICKLE_EVERY_MS = 100;

  @TempDir Path tmp;

  @Test
  void trickling_and_silent_clients_are_cut_off_while_a_normal_client_keeps_getting_answers()
      throws Exception {
    try (Workspace ws = Workspace.create(tmp, 20, 5)) {
      ws.build(false);
      try (TestServer server =
          TestServer.over(ws.index)
              .server(new ServerConfig(null, null, null, 0, null, null, IDLE_TIMEOUT_MS))
              .start()) {
        List<SlowClient> slow = new ArrayList<>();
        for (int i = 0; i < TRICKLING + SILENT; i++) {
          slow.add(SlowClient.connect(server.port(), i < TRICKLING));
        }
        Latencies normal = new Latencies();
        Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
        MixClients wellBehaved =
            MixClients.start(
                "well-behaved-client",
                1,
                (client, path) ->
                    statuses.merge(
                        normal.time(() -> server.get(path).statusCode()), 1, Integer::sum));
        long deadline = System.nanoTime() + Duration.ofMillis(4L * IDLE_TIMEOUT_MS).toNanos();
        while (System.nanoTime() < deadline && slow.stream().anyMatch(c -> c.cutAfterMs < 0)) {
          for (SlowClient client : slow) {
            client.step();
          }
          Thread.sleep(TRICKLE_EVERY_MS);
        }
        wellBehaved.close();
        for (SlowClient client : slow) {
          client.close();
        }

        List<Long> cutAfter = slow.stream().map(c -> c.cutAfterMs).sorted().toList();
        long bytesTrickled = slow.stream().mapToLong(c -> c.sent).max().orElse(0);
        System.out.printf(
            "slow clients: %d trickling (one header byte every %d ms, up to %d bytes each) and %d"
                + " silent clients cut after %d..%d ms (idle timeout %d ms); a normal client"
                + " meanwhile: statuses %s, %s%n",
            TRICKLING,
            TRICKLE_EVERY_MS,
            bytesTrickled,
            SILENT,
            cutAfter.get(0),
            cutAfter.get(cutAfter.size() - 1),
            IDLE_TIMEOUT_MS,
            statuses,
            normal.summary());
        assertThat(cutAfter)
            .as("every slow client was cut off within twice the idle timeout")
            .allSatisfy(ms -> assertThat(ms).isBetween(0L, 2L * IDLE_TIMEOUT_MS));
        assertThat(bytesTrickled)
            .as("the trickle was steady: Jetty's own idle timeout never fired")
            .isGreaterThan(5);
        assertThat(wellBehaved.failures()).isEmpty();
        assertThat(statuses).containsOnlyKeys(200);
        assertThat(normal.count()).isGreaterThan(5);
        assertThat(normal.millis(100))
            .as("slowest answer to the normal client, ms")
            .isLessThan(ApiFuzzTest.BOUND.toMillis());
      }
    }
  }

  /** One slow connection: the start of a request, then one byte per step (or nothing). */
  private static final class SlowClient {
    private final Socket socket;
    private final boolean trickles;
    private final long connectedNanos = System.nanoTime();
    private long cutAfterMs = -1;
    private long sent;

    private SlowClient(Socket socket, boolean trickles) {
      this.socket = socket;
      this.trickles = trickles;
    }

    static SlowClient connect(int port, boolean trickles) throws IOException {
      Socket socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(1);
      SlowClient client = new SlowClient(socket, trickles);
      if (trickles) {
        client.send("GET /api/search?q=sanctions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
      }
      return client;
    }

    /** Sends one more header byte, then notes whether the server has closed the connection. */
    void step() {
      if (cutAfterMs >= 0) {
        return;
      }
      try {
        if (trickles) {
          send("a");
        }
        InputStream in = socket.getInputStream();
        if (in.read() >= -1) {
          // End of stream, or an answer before the request was complete: either way, cut off.
          cut();
        }
      } catch (SocketTimeoutException stillOpen) {
        // Nothing to read yet: the server is still waiting for the headers.
      } catch (IOException reset) {
        cut();
      }
    }

    private void send(String text) throws IOException {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      sent += text.length();
    }

    private void cut() {
      cutAfterMs = (System.nanoTime() - connectedNanos) / 1_000_000;
    }

    void close() throws IOException {
      socket.close();
    }
  }
}

package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.IndexVerifier;
import org.parley.testing.ChildJvm;

/**
 * {@code kill -9} of {@code parley serve} with requests in flight: the server writes nothing to the
 * index, so on restart it serves the same generation with the same answers, whatever the requests
 * were doing, and even while a rebuild in another process was switching generations.
 */
@Tag("integration")
class ServerCrashTest {
  @TempDir Path tmp;

  @Test
  void a_server_killed_with_requests_in_flight_restarts_on_the_same_generation_and_answers()
      throws Exception {
    try (Workspace ws = Workspace.create(tmp, 30, 6)) {
      ws.build(false);
      Map<String, String> expected = ws.answers();
      List<String> filesBefore = listing(ws);
      int cutOff;
      try (ChildJvm server = ChildJvm.serve(ws.index, ws.corpus, ws.configDir)) {
        Answers.assertSame(HttpAnswers.of(server.base()), expected, "over HTTP before the kill");
        cutOff = killUnderLoad(server);
      }
      assertThat(listing(ws)).as("the server wrote nothing").isEqualTo(filesBefore);
      IndexVerifier.verify(ws.generations.path(ws.live()), -1, List.of());

      try (ChildJvm restarted = ChildJvm.serve(ws.index, ws.corpus, ws.configDir)) {
        assertThat(HttpAnswers.generation(restarted.base())).isEqualTo("gen-000001");
        Answers.assertSame(HttpAnswers.of(restarted.base()), expected, "after kill -9 and restart");

        // Again, while a rebuild in another process switches generations under the server.
        SyntheticCorpus.write(ws.corpus, Workspace.SEED + 2, 32, 6, 2);
        ws.build(false);
        cutOff += killUnderLoad(restarted);
      }
      Map<String, String> rebuilt = ws.answers();
      try (ChildJvm again = ChildJvm.serve(ws.index, ws.corpus, ws.configDir)) {
        assertThat(HttpAnswers.generation(again.base())).isEqualTo("gen-000002");
        Answers.assertSame(HttpAnswers.of(again.base()), rebuilt, "after kill -9 mid-switch");
        AttackSurfaceTest.assertNoAdminSurface(again.base());
      }
      System.out.printf(
          "server kill -9: 2 kills, %d requests cut off in flight, answers identical after"
              + " restart%n",
          cutOff);
    }
  }

  /**
   * Four clients query as fast as they can; SIGKILL once ten answered. Returns requests cut off.
   */
  private static int killUnderLoad(ChildJvm server) throws Exception {
    URI base = server.base();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger cut = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    HttpResponse<String> r =
                        HttpAnswers.get(base, "api/search?q=ukraine&size=100&facets=speaker,topic");
                    if (r.statusCode() == 200) {
                      ok.incrementAndGet();
                    }
                  } catch (IOException e) {
                    cut.incrementAndGet();
                    if (!server.alive()) {
                      return;
                    }
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "crash-client-" + i);
      t.start();
      clients.add(t);
    }
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (ok.get() < 10 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    server.kill9();
    Thread.sleep(200);
    stop.set(true);
    for (Thread t : clients) {
      t.join(10_000);
    }
    assertThat(ok.get()).as("requests answered before the kill").isPositive();
    return cut.get();
  }

  private static List<String> listing(Workspace ws) throws IOException {
    try (Stream<Path> all = Files.walk(ws.index)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".lock"))
          .map(p -> ws.index.relativize(p) + " " + size(p))
          .sorted()
          .toList();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }
}

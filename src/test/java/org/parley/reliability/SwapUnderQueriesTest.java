package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.GenerationRollback;
import org.parley.search.Hit;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResponse;
import org.parley.search.SearchStack;
import org.parley.search.SortOrder;

/**
 * Rebuilds and rollbacks switch {@code CURRENT} while threads query the search service and the
 * manager polls: no request fails, every response comes from exactly one generation, the server
 * ends on what {@code CURRENT} names, and the generations it left hold no files open.
 *
 * <p>Each rebuild writes a new epoch of the corpus: every paragraph carries the word {@code
 * epoch<N>} and epoch N has its own paragraph count, so a response names its generation.
 */
@Tag("integration")
class SwapUnderQueriesTest {
  private static final int PARAGRAPHS = 5;
  private static final Pattern EPOCH = Pattern.compile("\\bepoch(\\d+)\\b");

  @TempDir Path tmp;

  private static int documents(int epoch) {
    return 20 + 2 * epoch;
  }

  private static SearchRequest everything() {
    return new SearchRequest.Builder("discuss").sort(SortOrder.DATE_DESC).size(100).build();
  }

  @Test
  void swaps_and_rollbacks_under_queries_fail_no_request_and_release_old_generations()
      throws Exception {
    try (Workspace ws = Workspace.create(tmp, documents(1), PARAGRAPHS)) {
      ws.build(false);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong requests = new AtomicLong();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      Set<Integer> epochsSeen = ConcurrentHashMap.newKeySet();
      List<String> switches = new ArrayList<>();
      try (SearchStack server = ws.open(10)) {
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          Thread t =
              new Thread(
                  () -> {
                    while (!stop.get()) {
                      try {
                        SearchResponse r = server.search().search(everything());
                        epochsSeen.add(oneEpoch(r));
                        requests.incrementAndGet();
                      } catch (Throwable e) {
                        failures.add(e);
                      }
                    }
                  },
                  "swap-client-" + i);
          t.start();
          clients.add(t);
        }
        Random random = new Random(Workspace.SEED);
        int epoch = 1;
        for (int step = 0; step < 10; step++) {
          boolean canRollBack =
              ws.generations.list().indexOf(ws.live()) > 0 && random.nextInt(3) == 0;
          if (canRollBack) {
            switches.add("rollback to " + GenerationRollback.rollback(ws.generations));
          } else {
            epoch++;
            SyntheticCorpus.write(
                ws.corpus, Workspace.SEED + epoch, documents(epoch), PARAGRAPHS, epoch);
            switches.add("build " + ws.build(false).generation() + " (epoch " + epoch + ")");
          }
          if (random.nextBoolean()) {
            awaitServing(server, ws.live());
          }
        }
        Thread.sleep(100);
        stop.set(true);
        for (Thread t : clients) {
          t.join(10_000);
        }
        server.searchers().maybeRefreshBlocking();
        assertThat(serving(server)).as("after %s", switches).isEqualTo(ws.live());
        try (SearchStack fresh = ws.open(0)) {
          Answers.assertSame(
              GoldenAnswers.of(server.search()),
              GoldenAnswers.of(fresh.search()),
              "of the server against a fresh start, after " + switches);
        }
        System.out.printf(
            "swap under queries: %d requests, %d failed, epochs seen %s, switches %s%n",
            requests.get(), failures.size(), new TreeSet<>(epochsSeen), switches);
        assertThat(failures).isEmpty();
        assertThat(requests.get()).isGreaterThan(100);
        assertThat(epochsSeen).hasSizeGreaterThan(2);

        if (OpenFiles.available()) {
          String root = ws.index.toString() + "/";
          String live = ws.generations.path(ws.live()) + "/";
          List<String> held =
              OpenFiles.under(root).stream().filter(f -> !f.contains(live)).toList();
          assertThat(held).as("files of generations no longer served").isEmpty();
        }
      }
      if (OpenFiles.available()) {
        assertThat(OpenFiles.under(ws.index + "/")).as("after the server closed").isEmpty();
      }
    }
  }

  /** The one epoch all hits of {@code r} belong to; fails if they mix or the count is off. */
  private static int oneEpoch(SearchResponse r) {
    Set<Integer> epochs = new TreeSet<>();
    for (Hit hit : r.hits()) {
      Matcher m = EPOCH.matcher(hit.text());
      if (!m.find()) {
        throw new AssertionError("hit without an epoch: " + hit.id());
      }
      epochs.add(Integer.parseInt(m.group(1)));
    }
    if (epochs.size() != 1) {
      throw new AssertionError("one response from several generations: epochs " + epochs);
    }
    int epoch = epochs.iterator().next();
    if (r.total() != (long) documents(epoch) * PARAGRAPHS) {
      throw new AssertionError(
          "epoch %d answered %d paragraphs, its generation has %d"
              .formatted(epoch, r.total(), documents(epoch) * PARAGRAPHS));
    }
    return epoch;
  }

  static String serving(SearchStack stack) throws IOException {
    ParleySearcher searcher = stack.searchers().acquire();
    try {
      return searcher.generation();
    } finally {
      stack.searchers().release(searcher);
    }
  }

  static void awaitServing(SearchStack stack, String generation) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!serving(stack).equals(generation)) {
      assumeTrue(System.nanoTime() < deadline, "server did not switch within 10 s");
      Thread.sleep(5);
    }
  }

  @Test
  void a_rebuild_after_a_rollback_gets_a_new_generation_name() throws IOException {
    try (Workspace ws = Workspace.create(tmp, documents(1), PARAGRAPHS)) {
      ws.build(false);
      ws.build(true);
      ws.build(true);
      assertThat(GenerationRollback.rollback(ws.generations)).isEqualTo("gen-000002");
      // gen-000003 was live and served under that name (and ETag); a different index must not
      // reuse it, or a server and HTTP caches that saw the old gen-000003 keep the old answers.
      assertThat(ws.build(true).generation()).isEqualTo("gen-000004");
    }
  }

  @Test
  void a_server_that_missed_a_rollback_still_switches_to_the_rebuild_after_it() throws Exception {
    try (Workspace ws = Workspace.create(tmp, documents(1), PARAGRAPHS)) {
      ws.build(false);
      SyntheticCorpus.write(ws.corpus, Workspace.SEED + 2, documents(2), PARAGRAPHS, 2);
      ws.build(false);
      try (SearchStack server = ws.open(0)) {
        assertThat(oneEpoch(server.search().search(everything()))).isEqualTo(2);
        GenerationRollback.rollback(ws.generations);
        SyntheticCorpus.write(ws.corpus, Workspace.SEED + 3, documents(3), PARAGRAPHS, 3);
        ws.build(false);
        server.searchers().maybeRefreshBlocking();
        assertThat(oneEpoch(server.search().search(everything()))).isEqualTo(3);
      }
    }
  }
}

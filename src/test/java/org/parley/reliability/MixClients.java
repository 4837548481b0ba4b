package org.parley.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop clients sending the checked-in query mix ({@link SearchMix}), each starting at a
 * different request, until closed. What a request does with its path (which server, which headers,
 * what to check) is the test's; whatever it throws is recorded as a failure with the path, and the
 * clients carry on.
 */
final class MixClients implements AutoCloseable {
  /** Sends one request of the mix; throws (or fails an assertion) when the answer is wrong. */
  interface Send {
    void send(int client, String pathAndQuery) throws Exception;
  }

  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong requests = new AtomicLong();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  private MixClients() {}

  /** Starts {@code count} clients sending {@code /api/search?<request>} through {@code send}. */
  static MixClients start(String name, int count, Send send) {
    List<String> mix = SearchMix.queryStrings();
    MixClients clients = new MixClients();
    for (int c = 0; c < count; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> clients.run(client, client * mix.size() / count, mix, send), name + "-" + c);
      thread.start();
      clients.threads.add(thread);
    }
    return clients;
  }

  private void run(int client, int first, List<String> mix, Send send) {
    for (int i = first; !stop.get(); i++) {
      String path = "/api/search?" + mix.get(i % mix.size());
      try {
        send.send(client, path);
      } catch (Exception | AssertionError e) {
        failures.add(path + ": " + e);
      }
      requests.incrementAndGet();
    }
  }

  long requests() {
    return requests.get();
  }

  /** Each failed request as "path: what went wrong". */
  List<String> failures() {
    return failures;
  }

  /** Stops the clients and waits for their last requests. */
  @Override
  public void close() throws InterruptedException {
    stop.set(true);
    for (Thread thread : threads) {
      thread.join(60_000);
    }
  }
}

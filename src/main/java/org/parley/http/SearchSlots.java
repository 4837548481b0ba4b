package org.parley.http;

import java.util.concurrent.Semaphore;

/**
 * The cap on searches and exports running at once ({@code max_concurrent_searches}). A request that
 * finds no free slot is refused at once with a 429: nothing ever queues without bound.
 */
final class SearchSlots {
  private final Semaphore permits;

  SearchSlots(int slots) {
    this.permits = new Semaphore(slots);
  }

  /** A held slot; closing it frees the slot. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  /** Takes a slot or throws the 429. */
  Slot acquire() {
    if (!permits.tryAcquire()) {
      throw ApiException.tooManyRequests(
          "overloaded", "too many searches are running; retry shortly", 1);
    }
    return permits::release;
  }
}

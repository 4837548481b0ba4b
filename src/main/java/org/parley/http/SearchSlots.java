package org.parley.http;

import java.util.concurrent.Semaphore;

/**
 * A cap on requests running at once: one pool for searches ({@code max_concurrent_searches}),
 * another, small, for exports ({@code export_slots}), so that slow export readers can never take
 * the slots searches need. A request that finds no free slot is refused at once with a 429: nothing
 * ever queues without bound.
 */
final class SearchSlots {
  private final Semaphore permits;
  private final String refusal;
  private final int retryAfterSeconds;

  SearchSlots(int slots) {
    this(slots, "too many searches are running; retry shortly", 1);
  }

  private SearchSlots(int slots, String refusal, int retryAfterSeconds) {
    this.permits = new Semaphore(slots);
    this.refusal = refusal;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The export pool: an export holds its slot for seconds or minutes, so retry later. */
  static SearchSlots forExports(int slots) {
    return new SearchSlots(slots, "too many exports are running; retry later", 10);
  }

  /** A held slot; closing it frees the slot. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  /** Takes a slot or throws the 429. */
  Slot acquire() {
    if (!permits.tryAcquire()) {
      throw ApiException.tooManyRequests("overloaded", refusal, retryAfterSeconds);
    }
    return permits::release;
  }
}

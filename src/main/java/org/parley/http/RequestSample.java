package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A uniform sample of the searches a server answered (reservoir sampling, as nrtsearch samples its
 * warming queries): each of the {@code n} seen so far is in it with probability {@code capacity /
 * n}, so frequent searches fill more of it, as they do in the traffic. The next start's warm-up
 * replays it ({@link RequestSampleFile}), and warms the paths, filters and caches its users take,
 * which no list made from the index alone can guess.
 *
 * <p>Only what people type is sampled: answered ({@code 200}) {@code GET}s of the search,
 * suggestion and phrase-history endpoints, as path and query string. Not exports, lookups by id or
 * anything that failed. Recording costs a counter and, for the requests kept, a string.
 */
public final class RequestSample {
  /** Paths sampled, and the only ones a recorded sample may hold when it is read back. */
  static final Set<String> PATHS = Set.of("/api/search", "/api/suggest", "/api/phrase");

  /** Longer requests are not kept (a search's text is at most 1,000 characters, encoded). */
  static final int MAX_TARGET_CHARS = 4_096;

  private final AtomicReferenceArray<String> slots;
  private final AtomicLong seen = new AtomicLong();

  /**
   * @param capacity requests kept; 0 keeps none
   */
  public RequestSample(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.slots = new AtomicReferenceArray<>(capacity);
  }

  /**
   * Samples {@code ctx}'s request if it is a search that was answered. Once the sample is full,
   * most requests only count: the target string is built only for one that takes a slot.
   */
  void offer(Context ctx) {
    if (ctx.statusCode() == 200 && ctx.method() == HandlerType.GET && PATHS.contains(ctx.path())) {
      int slot = nextSlot();
      if (slot >= 0) {
        String query = ctx.queryString();
        String target = query == null ? ctx.path() : ctx.path() + "?" + query;
        if (isReplayable(target)) {
          slots.set(slot, target);
        }
      }
    }
  }

  /** Samples {@code target} (a path with its query string). */
  void offer(String target) {
    if (isReplayable(target)) {
      int slot = nextSlot();
      if (slot >= 0) {
        slots.set(slot, target);
      }
    }
  }

  /** Counts one more request; returns the slot it takes, or -1 if it is not kept. */
  private int nextSlot() {
    int capacity = slots.length();
    if (capacity == 0) {
      return -1;
    }
    long n = seen.incrementAndGet();
    if (n <= capacity) {
      return (int) (n - 1);
    }
    long slot = ThreadLocalRandom.current().nextLong(n);
    return slot < capacity ? (int) slot : -1;
  }

  /** The requests sampled so far, at most the capacity. */
  public List<String> requests() {
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < slots.length(); i++) {
      String target = slots.get(i);
      if (target != null) {
        requests.add(target);
      }
    }
    return requests;
  }

  /** The most requests it keeps. */
  public int capacity() {
    return slots.length();
  }

  /** Requests seen, sampled or not. */
  public long seen() {
    return seen.get();
  }

  /**
   * Whether {@code target} is a request a sample may hold: a sampled path, alone or with a query
   * string, short, and with no character a request line cannot carry as it is.
   */
  public static boolean isReplayable(String target) {
    if (target.isEmpty() || target.length() > MAX_TARGET_CHARS) {
      return false;
    }
    int query = target.indexOf('?');
    if (!PATHS.contains(query < 0 ? target : target.substring(0, query))) {
      return false;
    }
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}

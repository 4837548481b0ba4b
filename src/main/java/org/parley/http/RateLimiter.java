package org.parley.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code
 * requestsPerSecond}. An empty bucket means a 429 with the seconds until the next token. The table
 * of buckets is bounded: idle buckets (full again) are dropped when it grows.
 */
final class RateLimiter {
  /** Clients tracked before idle buckets are swept. */
  static final int MAX_CLIENTS = 10_000;

  private final double tokensPerNano;
  private final double capacity;
  private final LongSupplier clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param requestsPerSecond sustained rate; 0 disables the limit
   * @param burst bucket size (at least 1)
   * @param clock nanosecond clock ({@link System#nanoTime} outside tests)
   */
  RateLimiter(int requestsPerSecond, int burst, LongSupplier clock) {
    this.tokensPerNano = requestsPerSecond / (double) TimeUnit.SECONDS.toNanos(1);
    this.capacity = Math.max(1, burst);
    this.clock = clock;
  }

  boolean enabled() {
    return tokensPerNano > 0;
  }

  /** Takes one token for {@code client}, or throws the 429. */
  void check(String client) {
    if (!enabled()) {
      return;
    }
    long now = clock.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      sweep(now);
    }
    Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
    long waitNanos = bucket.take(now, tokensPerNano, capacity);
    if (waitNanos > 0) {
      int seconds = (int) Math.min(3600, Math.ceil(waitNanos / 1e9));
      throw ApiException.tooManyRequests(
          "rate_limited", "too many requests from this address; retry later", seconds);
    }
  }

  private void sweep(long now) {
    buckets.values().removeIf(b -> b.isFull(now, tokensPerNano, capacity));
    if (buckets.size() > MAX_CLIENTS) {
      // Every tracked client is active: forget them all rather than grow without bound.
      buckets.clear();
    }
  }

  /** One client's tokens. */
  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    /** Takes a token; returns 0, or the nanoseconds until one is available. */
    synchronized long take(long now, double perNano, double capacity) {
      refill(now, perNano, capacity);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }

    synchronized boolean isFull(long now, double perNano, double capacity) {
      refill(now, perNano, capacity);
      return tokens >= capacity;
    }

    private void refill(long now, double perNano, double capacity) {
      if (now > updated) {
        tokens = Math.min(capacity, tokens + (now - updated) * perNano);
        updated = now;
      }
    }
  }
}

package org.parley.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code
 * requestsPerSecond}. An empty bucket means a 429 with the seconds until the next token. The table
 * of buckets is bounded at {@link #MAX_CLIENTS}: when it is full, buckets that are full again are
 * dropped, and if every tracked client is still active a new client gets a 429 (nobody's limit is
 * ever reset). IPv6 clients are keyed by their /64, or the configured {@code ipv6_rate_prefix}
 * ({@link ClientAddress}).
 */
final class RateLimiter {
  /** Clients tracked before idle buckets are swept. */
  static final int MAX_CLIENTS = 10_000;

  private final double tokensPerNano;
  private final double capacity;
  private final LongSupplier clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong lastSweep =
      new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE / 2);

  /** Shortest time between two sweeps of the table. */
  static final long SWEEP_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

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

  /** How many clients have a bucket now. */
  int trackedClients() {
    return buckets.size();
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
    Bucket bucket = buckets.get(client);
    if (bucket == null) {
      if (buckets.size() >= MAX_CLIENTS) {
        sweep(now);
      }
      if (buckets.size() >= MAX_CLIENTS) {
        // Every tracked client is active: refuse the newcomer rather than forgive anyone.
        throw ApiException.tooManyRequests(
            "rate_limited", "too many clients at once; retry later", 1);
      }
      bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
    }
    long waitNanos = bucket.take(now, tokensPerNano, capacity);
    if (waitNanos > 0) {
      int seconds = (int) Math.min(3600, Math.ceil(waitNanos / 1e9));
      throw ApiException.tooManyRequests(
          "rate_limited", "too many requests from this address; retry later", seconds);
    }
  }

  /**
   * Drops the buckets that are full again: forgetting one is the same as keeping it. A bucket that
   * is not full is never dropped, so a throttled client stays throttled however many others come.
   * NOTE: at most one sweep per {@link #SWEEP_INTERVAL_NANOS}, so a flood of new addresses cannot
   * make every request walk the whole table.
   */
  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_INTERVAL_NANOS || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    buckets.values().removeIf(b -> b.isFull(now, tokensPerNano, capacity));
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

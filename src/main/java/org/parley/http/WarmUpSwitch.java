package org.parley.http;

import java.util.function.Supplier;

/**
 * What a request's guards and recorder use, which changes when the server's own warm-up ends
 * ({@link ParleyServer#startWarm}). During the warm-up: a rate limit that never refuses (the
 * warm-up is one loopback client sending hundreds of requests a second, which the configured limit
 * would refuse, and whose empty bucket local users would then inherit) and a sample nobody keeps
 * (the warm-up's requests are not the users'). Then the configured limit, with no buckets yet, and
 * the sample that is kept.
 *
 * <p>Both phases run the same code with other objects, read from a field instead of a flag being
 * tested: the JIT compiles that code during the warm-up, and no branch that went one way all
 * through the warm-up flips when it ends. Such a branch is compiled as a trap, and springing it
 * throws the compiled request path away in the first seconds of real traffic, when it is needed
 * most.
 */
final class WarmUpSwitch implements Supplier<WarmUpSwitch.Phase> {
  /** The rate limit in force and the sample requests are offered to. */
  record Phase(RateLimiter rateLimit, RequestSample sample) {}

  private final Phase serving;
  private volatile Phase current;

  private WarmUpSwitch(Phase serving, Phase current) {
    this.serving = serving;
    this.current = current;
  }

  /** Serving from the start: no warm-up. */
  static WarmUpSwitch serving(HttpSettings settings, RequestSample sample) {
    Phase serving = new Phase(limiter(settings), sample);
    return new WarmUpSwitch(serving, serving);
  }

  /** Warming up until {@link #warmUpDone}. */
  static WarmUpSwitch warmingUp(HttpSettings settings, RequestSample sample) {
    return new WarmUpSwitch(
        new Phase(limiter(settings), sample),
        new Phase(
            new RateLimiter(Integer.MAX_VALUE, Integer.MAX_VALUE, System::nanoTime),
            new RequestSample(sample.capacity())));
  }

  void warmUpDone() {
    current = serving;
  }

  @Override
  public Phase get() {
    return current;
  }

  private static RateLimiter limiter(HttpSettings settings) {
    return new RateLimiter(settings.requestsPerSecond(), settings.burst(), System::nanoTime);
  }
}

package org.parley.config;

import java.util.List;

/**
 * {@code index-config/server.yaml}: what the HTTP server allows.
 *
 * @param allowedOrigins origins (scheme://host[:port]) whose pages may call the API from a browser,
 *     matched exactly; none by default
 * @param queryTimeoutMs time budget of one search before it returns what it has
 * @param maxConcurrentSearches searches running at once before new ones get 429
 * @param requestsPerSecond sustained requests per client address before 429
 * @param burst requests a client may send at once above the sustained rate
 * @param trustedProxies addresses whose {@code X-Forwarded-For} names the real client
 * @param idleTimeoutMs how long a connection may sit idle, or take to send a request's headers,
 *     before it is closed
 */
public record ServerConfig(
    List<String> allowedOrigins,
    Integer queryTimeoutMs,
    Integer maxConcurrentSearches,
    Integer requestsPerSecond,
    Integer burst,
    List<String> trustedProxies,
    Integer idleTimeoutMs) {
  public static final ServerConfig DEFAULT =
      new ServerConfig(null, null, null, null, null, null, null);

  /** Shorter would cut off clients on an ordinary slow network. */
  public static final int MIN_IDLE_TIMEOUT_MS = 100;

  public ServerConfig {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    queryTimeoutMs = queryTimeoutMs == null ? 2000 : queryTimeoutMs;
    maxConcurrentSearches = maxConcurrentSearches == null ? 32 : maxConcurrentSearches;
    requestsPerSecond = requestsPerSecond == null ? 200 : requestsPerSecond;
    burst = burst == null ? 400 : burst;
    idleTimeoutMs = idleTimeoutMs == null ? 30_000 : idleTimeoutMs;
    // Checked at load, so every command (not only serve) reports a bad value.
    atLeast("query_timeout_ms", queryTimeoutMs, 1);
    atLeast("max_concurrent_searches", maxConcurrentSearches, 1);
    atLeast("requests_per_second", requestsPerSecond, 0);
    atLeast("burst", burst, 0);
    atLeast("idle_timeout_ms", idleTimeoutMs, MIN_IDLE_TIMEOUT_MS);
  }

  private static void atLeast(String key, int value, int min) {
    if (value < min) {
      throw new ConfigException("%s must be at least %d (it is %d)".formatted(key, min, value));
    }
  }
}

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
 * @param exportSlots exports streaming at once before new ones get 429; a pool of its own, so
 *     exports never take a search's slot
 * @param exportMaxSeconds how long one export may stream before it is cut off
 * @param exportMaxRows the most rows one export may hold; a larger export is refused or cut off
 * @param writeTimeoutMs how long a response may make no progress (a client that stops reading)
 *     before the connection is closed
 * @param ipv6RatePrefix IPv6 clients share a rate-limit bucket per prefix of this many bits
 * @param warmUpMs how long {@code parley serve} replays searches over loopback HTTP before its port
 *     accepts connections, so the first users find it at full speed; 0 for none
 * @param warmUpReplay how many of the searches people send are sampled while serving, kept beside
 *     the index and replayed by the next start's warm-up; 0 keeps none
 */
public record ServerConfig(
    List<String> allowedOrigins,
    Integer queryTimeoutMs,
    Integer maxConcurrentSearches,
    Integer requestsPerSecond,
    Integer burst,
    List<String> trustedProxies,
    Integer idleTimeoutMs,
    Integer exportSlots,
    Integer exportMaxSeconds,
    Integer exportMaxRows,
    Integer writeTimeoutMs,
    Integer ipv6RatePrefix,
    Integer warmUpMs,
    Integer warmUpReplay) {
  public static final ServerConfig DEFAULT =
      new ServerConfig(null, null, null, null, null, null, null);

  /** Shorter would cut off clients on an ordinary slow network. */
  public static final int MIN_IDLE_TIMEOUT_MS = 100;

  /**
   * Shorter than a /32 would put whole providers in one bucket; 128 keys each address on its own.
   */
  public static final int MIN_IPV6_RATE_PREFIX = 32;

  public static final int MAX_IPV6_RATE_PREFIX = 128;

  /**
   * The longest start-up warm-up by default. On two cores the JIT keeps compiling for this long
   * (the benchmark's warm-up curve); with cores to spare the warm-up ends sooner, as soon as the
   * compilers are idle.
   */
  public static final int DEFAULT_WARM_UP_MS = 30_000;

  /** The most searches a warm-up replays: the sample's size. */
  public static final int MAX_WARM_UP_REPLAY = 10_000;

  public ServerConfig {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    queryTimeoutMs = queryTimeoutMs == null ? 2000 : queryTimeoutMs;
    maxConcurrentSearches = maxConcurrentSearches == null ? 32 : maxConcurrentSearches;
    requestsPerSecond = requestsPerSecond == null ? 200 : requestsPerSecond;
    burst = burst == null ? 400 : burst;
    idleTimeoutMs = idleTimeoutMs == null ? 30_000 : idleTimeoutMs;
    exportSlots = exportSlots == null ? 4 : exportSlots;
    exportMaxSeconds = exportMaxSeconds == null ? 300 : exportMaxSeconds;
    exportMaxRows = exportMaxRows == null ? 100_000 : exportMaxRows;
    writeTimeoutMs = writeTimeoutMs == null ? 30_000 : writeTimeoutMs;
    ipv6RatePrefix = ipv6RatePrefix == null ? 64 : ipv6RatePrefix;
    warmUpMs = warmUpMs == null ? DEFAULT_WARM_UP_MS : warmUpMs;
    warmUpReplay = warmUpReplay == null ? 500 : warmUpReplay;
    // Checked at load, so every command (not only serve) reports a bad value.
    atLeast("query_timeout_ms", queryTimeoutMs, 1);
    atLeast("max_concurrent_searches", maxConcurrentSearches, 1);
    atLeast("requests_per_second", requestsPerSecond, 0);
    atLeast("burst", burst, 0);
    atLeast("idle_timeout_ms", idleTimeoutMs, MIN_IDLE_TIMEOUT_MS);
    atLeast("export_slots", exportSlots, 1);
    atLeast("export_max_seconds", exportMaxSeconds, 1);
    atLeast("export_max_rows", exportMaxRows, 1);
    atLeast("write_timeout_ms", writeTimeoutMs, MIN_IDLE_TIMEOUT_MS);
    atLeast("warm_up_ms", warmUpMs, 0);
    atLeast("warm_up_replay", warmUpReplay, 0);
    if (warmUpReplay > MAX_WARM_UP_REPLAY) {
      throw new ConfigException(
          "warm_up_replay must be at most %d (it is %d)"
              .formatted(MAX_WARM_UP_REPLAY, warmUpReplay));
    }
    if (ipv6RatePrefix < MIN_IPV6_RATE_PREFIX || ipv6RatePrefix > MAX_IPV6_RATE_PREFIX) {
      throw new ConfigException(
          "ipv6_rate_prefix must be between %d and %d (it is %d)"
              .formatted(MIN_IPV6_RATE_PREFIX, MAX_IPV6_RATE_PREFIX, ipv6RatePrefix));
    }
  }

  /** The settings that predate the export pool, the write timeout and the IPv6 prefix. */
  public ServerConfig(
      List<String> allowedOrigins,
      Integer queryTimeoutMs,
      Integer maxConcurrentSearches,
      Integer requestsPerSecond,
      Integer burst,
      List<String> trustedProxies,
      Integer idleTimeoutMs) {
    this(
        allowedOrigins,
        queryTimeoutMs,
        maxConcurrentSearches,
        requestsPerSecond,
        burst,
        trustedProxies,
        idleTimeoutMs,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This config with the export pool and budgets given. */
  public ServerConfig withExports(int slots, int maxSeconds, int maxRows) {
    return new ServerConfig(
        allowedOrigins,
        queryTimeoutMs,
        maxConcurrentSearches,
        requestsPerSecond,
        burst,
        trustedProxies,
        idleTimeoutMs,
        slots,
        maxSeconds,
        maxRows,
        writeTimeoutMs,
        ipv6RatePrefix,
        warmUpMs,
        warmUpReplay);
  }

  /** This config with the write timeout given. */
  public ServerConfig withWriteTimeoutMs(int millis) {
    return new ServerConfig(
        allowedOrigins,
        queryTimeoutMs,
        maxConcurrentSearches,
        requestsPerSecond,
        burst,
        trustedProxies,
        idleTimeoutMs,
        exportSlots,
        exportMaxSeconds,
        exportMaxRows,
        millis,
        ipv6RatePrefix,
        warmUpMs,
        warmUpReplay);
  }

  /** This config with the IPv6 rate-limit prefix given. */
  public ServerConfig withIpv6RatePrefix(int bits) {
    return new ServerConfig(
        allowedOrigins,
        queryTimeoutMs,
        maxConcurrentSearches,
        requestsPerSecond,
        burst,
        trustedProxies,
        idleTimeoutMs,
        exportSlots,
        exportMaxSeconds,
        exportMaxRows,
        writeTimeoutMs,
        bits,
        warmUpMs,
        warmUpReplay);
  }

  /** This config with the warm-up time given. */
  public ServerConfig withWarmUpMs(int millis) {
    return new ServerConfig(
        allowedOrigins,
        queryTimeoutMs,
        maxConcurrentSearches,
        requestsPerSecond,
        burst,
        trustedProxies,
        idleTimeoutMs,
        exportSlots,
        exportMaxSeconds,
        exportMaxRows,
        writeTimeoutMs,
        ipv6RatePrefix,
        millis,
        warmUpReplay);
  }

  private static void atLeast(String key, int value, int min) {
    if (value < min) {
      throw new ConfigException("%s must be at least %d (it is %d)".formatted(key, min, value));
    }
  }
}

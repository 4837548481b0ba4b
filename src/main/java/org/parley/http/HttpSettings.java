package org.parley.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.config.ConfigException;
import org.parley.config.ServerConfig;

/**
 * What the HTTP layer enforces, from {@code server.yaml} plus the command line's {@code
 * --allow-origin}: the CORS allow-list (exact origins, normalised), the per-client rate, the caps
 * on concurrent searches and exports, the connection timeouts and the proxies trusted to name the
 * client.
 *
 * @param allowedOrigins origins ({@code scheme://host[:port]}, lower case, no trailing slash) whose
 *     pages may call the API from a browser
 * @param maxConcurrentSearches searches running at once before new ones get 429
 * @param requestsPerSecond sustained requests per client; 0 turns the rate limit off
 * @param burst requests a client may send at once
 * @param trustedProxies addresses whose {@code X-Forwarded-For} is believed
 * @param idleTimeoutMillis a connection idle, or trickling a request's headers, this long is closed
 * @param exportSlots exports streaming at once (a pool apart from the search slots)
 * @param exportMaxSeconds how long one export may stream
 * @param exportMaxRows the most rows one export may hold
 * @param writeTimeoutMillis a response making no progress this long (its reader stopped) is closed
 * @param ipv6RatePrefix bits of an IPv6 address that name one client for the rate limit
 */
public record HttpSettings(
    List<String> allowedOrigins,
    int maxConcurrentSearches,
    int requestsPerSecond,
    int burst,
    List<String> trustedProxies,
    int idleTimeoutMillis,
    int exportSlots,
    int exportMaxSeconds,
    int exportMaxRows,
    int writeTimeoutMillis,
    int ipv6RatePrefix) {

  private static final Pattern ORIGIN =
      Pattern.compile(
          "https?://([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?");

  static final int MIN_IDLE_TIMEOUT_MILLIS = ServerConfig.MIN_IDLE_TIMEOUT_MS;

  public HttpSettings {
    allowedOrigins = List.copyOf(allowedOrigins);
    trustedProxies = List.copyOf(trustedProxies);
    if (maxConcurrentSearches < 1) {
      throw new ConfigException("server.yaml: max_concurrent_searches must be at least 1");
    }
    if (requestsPerSecond < 0 || burst < 0) {
      throw new ConfigException("server.yaml: requests_per_second and burst must not be negative");
    }
    if (idleTimeoutMillis < MIN_IDLE_TIMEOUT_MILLIS) {
      throw new ConfigException(
          "server.yaml: idle_timeout_ms must be at least " + MIN_IDLE_TIMEOUT_MILLIS);
    }
    if (exportSlots < 1 || exportMaxSeconds < 1 || exportMaxRows < 1) {
      throw new ConfigException(
          "server.yaml: export_slots, export_max_seconds and export_max_rows must be at least 1");
    }
    if (writeTimeoutMillis < MIN_IDLE_TIMEOUT_MILLIS) {
      throw new ConfigException(
          "server.yaml: write_timeout_ms must be at least " + MIN_IDLE_TIMEOUT_MILLIS);
    }
    if (ipv6RatePrefix < ServerConfig.MIN_IPV6_RATE_PREFIX
        || ipv6RatePrefix > ServerConfig.MAX_IPV6_RATE_PREFIX) {
      throw new ConfigException("server.yaml: ipv6_rate_prefix must be between 32 and 128");
    }
  }

  /**
   * The settings of {@code server} with {@code extraOrigins} (from the command line) allowed too.
   */
  public static HttpSettings from(ServerConfig server, List<String> extraOrigins) {
    LinkedHashSet<String> origins = new LinkedHashSet<>();
    List<String> configured = server.allowedOrigins();
    for (int i = 0; i < configured.size(); i++) {
      origins.add(normaliseOrigin(configured.get(i), "server.yaml: allowed_origins[" + i + "]"));
    }
    for (String origin : extraOrigins) {
      origins.add(normaliseOrigin(origin, "--allow-origin"));
    }
    return new HttpSettings(
        new ArrayList<>(origins),
        server.maxConcurrentSearches(),
        server.requestsPerSecond(),
        server.burst(),
        server.trustedProxies(),
        server.idleTimeoutMs(),
        server.exportSlots(),
        server.exportMaxSeconds(),
        server.exportMaxRows(),
        server.writeTimeoutMs(),
        server.ipv6RatePrefix());
  }

  /**
   * Lower-cases {@code origin} and drops a trailing slash; refuses anything that is not exactly
   * {@code http(s)://host[:port]} (no path, no wildcard, no {@code null}).
   */
  static String normaliseOrigin(String origin, String where) {
    String value = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT);
    if (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    if (!ORIGIN.matcher(value).matches()) {
      throw new ConfigException(
          where
              + ": '"
              + origin
              + "' is not an origin like https://example.org or http://host:8080");
    }
    return value;
  }
}

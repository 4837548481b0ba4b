package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access for the pages that embed Parley's search box: an allow-list of exact origins
 * (none by default). An allowed origin gets {@code Access-Control-Allow-Origin: <origin>}; any
 * other ({@code null}, a look-alike host, another scheme or port) gets no CORS header at all, so
 * the browser withholds the response from its page. Credentials are never allowed.
 */
final class CorsPolicy {
  /** Request headers a cross-origin page may send (beyond the CORS-safelisted ones). */
  private static final Set<String> ALLOWED_REQUEST_HEADERS = Set.of("if-none-match");

  private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

  private final Set<String> allowed;

  /** {@code origins} as normalised by {@link HttpSettings#normaliseOrigin}. */
  CorsPolicy(List<String> origins) {
    this.allowed = new HashSet<>(origins);
  }

  /**
   * On every response: the allow-origin header for an allowed origin, and {@code Vary} naming what
   * a cache must key on (the origin, and the encoding since large responses are gzipped).
   */
  void decorate(Context ctx) {
    ctx.header(Header.VARY, "Origin, Accept-Encoding");
    String origin = ctx.header(Header.ORIGIN);
    if (isAllowed(origin)) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      ctx.header(Header.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Retry-After");
    }
  }

  /**
   * Answers a preflight ({@code OPTIONS}) for an API route: 204, with the CORS grants only when the
   * origin is allowed and the method is one the API answers.
   */
  void preflight(Context ctx) {
    ctx.status(204);
    ctx.header(Header.ALLOW, ErrorResponses.ALLOWED_METHODS);
    String origin = ctx.header(Header.ORIGIN);
    String method = ctx.header(Header.ACCESS_CONTROL_REQUEST_METHOD);
    if (!isAllowed(origin) || method == null || !(method.equals("GET") || method.equals("HEAD"))) {
      ctx.removeHeader(Header.ACCESS_CONTROL_ALLOW_ORIGIN);
      ctx.removeHeader(Header.ACCESS_CONTROL_EXPOSE_HEADERS);
      return;
    }
    ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
    String requested = ctx.header(Header.ACCESS_CONTROL_REQUEST_HEADERS);
    if (requested != null) {
      List<String> granted =
          java.util.Arrays.stream(requested.split(","))
              .map(h -> h.strip().toLowerCase(Locale.ROOT))
              .filter(ALLOWED_REQUEST_HEADERS::contains)
              .toList();
      if (!granted.isEmpty()) {
        ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", granted));
      }
    }
    ctx.header(Header.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
  }

  /** Exact match against the list; browsers send origins lower-case and without a path. */
  boolean isAllowed(String origin) {
    return origin != null && allowed.contains(origin);
  }
}

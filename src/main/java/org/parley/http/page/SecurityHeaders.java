package org.parley.http.page;

import io.javalin.http.Context;

/**
 * Headers of Parley's own pages. The CSP allows scripts, styles and requests from Parley only: no
 * inline script or style, no eval, no plugins, no framing, forms post back to Parley.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** For HTML pages. */
  static void page(Context ctx) {
    common(ctx);
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-cache");
  }

  /** For scripts and styles; the box's script is loaded by other sites, so it may be. */
  static void asset(Context ctx, boolean crossOrigin) {
    common(ctx);
    ctx.header("Cross-Origin-Resource-Policy", crossOrigin ? "cross-origin" : "same-origin");
    ctx.header("Cache-Control", "public, max-age=300");
  }

  private static void common(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
  }
}

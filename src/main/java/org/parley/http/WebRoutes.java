package org.parley.http;

import io.javalin.config.JavalinConfig;

/**
 * The place where the HTML pages register their routes ({@code /}, {@code /p/{id}}, {@code
 * /embed.js}, static files from {@code src/main/resources/web/}; see {@code
 * org.parley.http.page.PageRoutes#register}, which {@code parley serve} passes here). {@link
 * ParleyApp} calls it after the API routes are declared, inside the same {@code Javalin.create}
 * block, so pages get the same guards (security headers, rate limit) and the same JSON error
 * mapper. With {@link #NONE} (the API alone, as in most HTTP tests) {@code /} is a 404.
 *
 * <p>Pages should set their own {@code Content-Security-Policy} and {@code Cache-Control}; the
 * guards set those only under {@code /api/}.
 */
@FunctionalInterface
public interface WebRoutes {
  /** No pages: the API alone. */
  WebRoutes NONE = config -> {};

  void register(JavalinConfig config);
}

package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.function.Supplier;

/**
 * What every request passes before its handler, in this order: the security headers (so even
 * refusals carry them), the refusal of {@code CONNECT}, CORS, the refusal of request bodies (the
 * API only reads), and the per-client rate limit.
 */
final class RequestGuards {
  /** Paths of the JSON API; other paths belong to the pages ({@link WebRoutes}). */
  static final String API_PREFIX = "/api/";

  private final CorsPolicy cors;
  private final Supplier<WarmUpSwitch.Phase> phase;
  private final ClientAddress clients;

  /**
   * @param phase where the rate limit in force comes from ({@link WarmUpSwitch})
   */
  RequestGuards(CorsPolicy cors, Supplier<WarmUpSwitch.Phase> phase, ClientAddress clients) {
    this.cors = cors;
    this.phase = phase;
    this.clients = clients;
  }

  void before(Context ctx) {
    securityHeaders(ctx);
    refuseConnect(ctx);
    cors.decorate(ctx);
    refuseBody(ctx);
    phase.get().rateLimit().check(clients.of(ctx));
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (ctx.path().startsWith(API_PREFIX) || ctx.path().equals("/api")) {
      // JSON is revalidated (ETag) rather than reused blindly, and never rendered as a page.
      ctx.header(Header.CACHE_CONTROL, "no-cache");
      ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      ctx.header("X-Frame-Options", "DENY");
    }
  }

  /**
   * {@code CONNECT host:port} asks for a tunnel and names no path, so the router would answer 404
   * as if a resource were missing; the method is what is refused (405 with {@code Allow}). A {@code
   * CONNECT} whose target is not {@code host:port} never gets here: Jetty refuses it as a malformed
   * request (a JSON 400 from {@link JsonJettyErrors}).
   */
  private static void refuseConnect(Context ctx) {
    if ("CONNECT".equals(ctx.req().getMethod())) {
      // Jetty keeps a CONNECT's connection open (a tunnel would follow); after a refusal, nothing
      // follows, and the client would wait for the server to end it.
      ctx.header(Header.CONNECTION, "close");
      throw new MethodNotAllowedResponse();
    }
  }

  /**
   * Every route only reads: a read that carries a body is refused before it is read (other methods
   * get their 405 from the router).
   */
  private static void refuseBody(Context ctx) {
    HandlerType method = ctx.method();
    if (!(method == HandlerType.GET
        || method == HandlerType.HEAD
        || method == HandlerType.OPTIONS)) {
      return;
    }
    String length = ctx.header(Header.CONTENT_LENGTH);
    boolean hasBody =
        ctx.header("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    if (hasBody) {
      throw ApiException.badRequest("body_not_allowed", "this API does not accept a request body");
    }
  }
}

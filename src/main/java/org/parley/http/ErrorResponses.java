package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.search.IndexSearcher;
import org.parley.json.ResponseJson;
import org.parley.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP responses, always as an {@link ApiError}. Refusals keep
 * their status and fixed message; anything unexpected is logged once, with its stack trace, and
 * answered with a 500 whose message says nothing about the cause.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  /** The methods every route answers; sent in {@code Allow} with a 405. */
  static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

  private ErrorResponses() {}

  /**
   * The exception mapper registered for {@link Exception}: every failure of a request ends here.
   */
  static void handle(Exception e, Context ctx) {
    if (ctx.res().isCommitted()) {
      // A streamed export failed after its first bytes: the status is gone, the stream is cut.
      if (e instanceof ExportWriter.ExportBudgetExceeded) {
        LOG.info("{} {}: {}", ctx.method(), rawPath(ctx), e.getMessage());
      } else if (e instanceof IOException) {
        if (!(e instanceof EOFException)) {
          LOG.warn("{} {} failed while streaming: {}", ctx.method(), rawPath(ctx), e.toString());
        }
      } else {
        LOG.error("unexpected failure on {} {} while streaming", ctx.method(), rawPath(ctx), e);
      }
      return;
    }
    ApiError error = toError(e, ctx);
    if (e instanceof ApiException api && api.retryAfterSeconds() > 0) {
      ctx.header(Header.RETRY_AFTER, Integer.toString(api.retryAfterSeconds()));
    }
    if (error.error().status() == 405) {
      ctx.header(Header.ALLOW, ALLOWED_METHODS);
    }
    ctx.removeHeader(Header.CONTENT_DISPOSITION);
    ctx.removeHeader(Header.ETAG);
    ctx.status(error.error().status()).json(error);
  }

  /**
   * What a {@link Error} thrown by a handler (a stack overflow on absurd input, say) becomes: the
   * same 500 as any unexpected exception, logged once.
   */
  static void handleError(HttpServletResponse response, Error error) {
    LOG.error("unexpected error while answering a request", error);
    if (response.isCommitted()) {
      return;
    }
    try {
      response.reset();
      response.setStatus(500);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(json(internalError()));
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not write the 500 response", e);
    }
  }

  static ApiError toError(Exception e, Context ctx) {
    return switch (e) {
      case ApiException api -> ApiError.of(api.status(), api.code(), api.param(), api.getMessage());
      case InvalidRequestException invalid ->
          ApiError.of(400, "invalid_parameter", invalid.param(), invalid.getMessage());
      case IndexSearcher.TooManyClauses tooMany ->
          ApiError.of(
              400,
              "invalid_parameter",
              "q",
              "the query has too many terms; shorten it or use fewer prefixes");
      case HttpResponseException http -> fromStatus(http.getStatus());
      default -> {
        LOG.error("unexpected failure on {} {}", ctx.method(), rawPath(ctx), e);
        yield internalError();
      }
    };
  }

  /** Fixed messages for the statuses Javalin and Jetty produce themselves. */
  static ApiError fromStatus(int status) {
    return switch (status) {
      case 400 -> ApiError.of(400, "bad_request", null, "the request is malformed");
      case 404 -> ApiError.of(404, "not_found", null, "no such resource");
      case 405 ->
          ApiError.of(
              405, "method_not_allowed", null, "method not allowed; use " + ALLOWED_METHODS);
      case 408 -> ApiError.of(408, "request_timeout", null, "the request took too long to arrive");
      case 413 -> ApiError.of(413, "body_too_large", null, "the request body is too large");
      case 414 -> ApiError.of(414, "uri_too_long", null, "the request URI is too long");
      case 415 -> ApiError.of(415, "unsupported_media_type", null, "unsupported media type");
      case 431 -> ApiError.of(431, "headers_too_large", null, "the request headers are too large");
      case 503 ->
          ApiError.of(503, "unavailable", null, "the server is shutting down or overloaded");
      case 505 ->
          ApiError.of(
              505, "http_version_not_supported", null, "only HTTP/1.0 and HTTP/1.1 are served");
      case 500 -> internalError();
      // The body's status always matches the response's: a 501 is not reported as a 500.
      default ->
          status >= 500
              ? ApiError.of(status, "http_" + status, null, "the request could not be served")
              : ApiError.of(status, "http_" + status, null, "the request was refused");
    };
  }

  static ApiError internalError() {
    return ApiError.of(500, "internal_error", null, "internal error; the server logged it");
  }

  static String json(ApiError error) {
    try {
      return ResponseJson.MAPPER.writeValueAsString(error);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an ApiError always serialises", e);
    }
  }

  /** The path as sent, still percent-encoded: safe to log (no line breaks), never decoded. */
  private static String rawPath(Context ctx) {
    String uri = ctx.req().getRequestURI();
    return uri.length() > 200 ? uri.substring(0, 200) + "..." : uri;
  }
}

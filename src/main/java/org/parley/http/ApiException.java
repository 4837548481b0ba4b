package org.parley.http;

/**
 * A request the API refuses with a JSON error: an HTTP status, a stable machine-readable code, the
 * parameter at fault (or {@code null}) and a fixed message. Messages are fixed text plus at most a
 * parameter name: they never echo what the client sent.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String param;
  private final int retryAfterSeconds;

  ApiException(int status, String code, String param, String message) {
    this(status, code, param, message, 0);
  }

  private ApiException(int status, String code, String param, String message, int retryAfter) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.param = param;
    this.retryAfterSeconds = retryAfter;
  }

  static ApiException invalid(String param, String message) {
    return new ApiException(400, "invalid_parameter", param, message);
  }

  static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, null, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", null, message);
  }

  /** A 503: the server cannot serve this now; the message says what to do instead. */
  static ApiException unavailable(String message) {
    return new ApiException(503, "unavailable", null, message);
  }

  /** A 429: the client should wait {@code seconds} before retrying. */
  static ApiException tooManyRequests(String code, String message, int seconds) {
    return new ApiException(429, code, null, message, Math.max(1, seconds));
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String param() {
    return param;
  }

  /** Seconds for the {@code Retry-After} header, or 0 for none. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

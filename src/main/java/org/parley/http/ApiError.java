package org.parley.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one shape of every error the API returns: {@code {"error": {"status": 400, "code":
 * "invalid_parameter", "param": "size", "message": "size must be between 1 and 100"}}}.
 */
record ApiError(Body error) {
  /**
   * @param status the HTTP status, repeated for clients that only see the body
   * @param code a stable identifier to branch on ({@code invalid_parameter}, {@code not_found},
   *     ...)
   * @param param the request parameter at fault, absent when none is
   * @param message fixed human-readable text
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Body(int status, String code, String param, String message) {}

  static ApiError of(int status, String code, String param, String message) {
    return new ApiError(new Body(status, code, param, message));
  }
}

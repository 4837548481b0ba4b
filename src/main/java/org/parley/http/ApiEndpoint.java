package org.parley.http;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One GET route of the API, declared once: it is registered from this declaration, its parameters
 * are validated against {@link #params()}, and the OpenAPI document is generated from it.
 *
 * @param path the route ({@code /api/paragraphs/{id}})
 * @param operationId a stable name for generated clients
 * @param summary one line for the OpenAPI document
 * @param returns what a successful response holds, for the OpenAPI document
 * @param params every parameter the route accepts; anything else is refused
 * @param produces the media type of a successful response
 * @param errors the error statuses the route documents besides 429 and 500
 * @param handler the handler
 */
record ApiEndpoint(
    String path,
    String operationId,
    String summary,
    String returns,
    List<Param> params,
    String produces,
    List<Integer> errors,
    Handler handler) {
  ApiEndpoint {
    params = List.copyOf(params);
    errors = List.copyOf(errors);
  }

  static final String JSON = "application/json";
}

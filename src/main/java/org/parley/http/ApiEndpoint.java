package org.parley.http;

import io.javalin.http.Handler;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One GET route of the API, declared once: it is registered from this declaration, its parameters
 * are validated against {@link #params()}, and the OpenAPI document is generated from it.
 *
 * @param path the route ({@code /api/paragraphs/{id}})
 * @param operationId a stable name for generated clients
 * @param summary one line for the OpenAPI document
 * @param returns what a successful response holds, in a few words, for the OpenAPI document
 * @param body the type serialised as a successful response's body, from which its JSON Schema is
 *     generated ({@code String.class} for a body that is not JSON)
 * @param params every parameter the route accepts; anything else is refused
 * @param produces the media types of a successful response
 * @param errors the error statuses the route documents besides 429, 500 and 503
 * @param handler the handler
 */
record ApiEndpoint(
    String path,
    String operationId,
    String summary,
    String returns,
    Type body,
    List<Param> params,
    List<String> produces,
    List<Integer> errors,
    Handler handler) {
  ApiEndpoint {
    params = List.copyOf(params);
    produces = List.copyOf(produces);
    errors = List.copyOf(errors);
  }

  static final String JSON = "application/json";
}

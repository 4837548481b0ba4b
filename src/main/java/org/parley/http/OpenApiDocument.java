package org.parley.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the OpenAPI 3.1 description of the API from the {@link ApiEndpoint} table and the
 * {@link Param} declarations, the same ones that validate requests.
 */
final class OpenApiDocument {
  private OpenApiDocument() {}

  private static final String ERROR_REF = "#/components/responses/Error";

  /** A map that keeps the order written, so the document is the same on every run. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> of(List<ApiEndpoint> endpoints) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put(
        "info",
        ordered(
            "title", "Parley",
            "version", "1",
            "description",
                "Full-text search over diplomatic statements. Every error is"
                    + " {\"error\": {\"status\", \"code\", \"param\", \"message\"}}; unknown"
                    + " parameters are refused; GET responses carry an ETag naming the index"
                    + " generation."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiEndpoint endpoint : endpoints) {
      paths.put(endpoint.path(), ordered("get", operation(endpoint)));
    }
    doc.put("paths", paths);
    doc.put("components", components());
    return doc;
  }

  private static Map<String, Object> operation(ApiEndpoint endpoint) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", endpoint.operationId());
    op.put("summary", endpoint.summary());
    List<Object> parameters = new ArrayList<>();
    for (Param p : endpoint.params()) {
      parameters.add(parameter(p));
    }
    op.put("parameters", parameters);
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put(
        "200",
        ordered(
            "description", endpoint.returns(), "content", ordered(endpoint.produces(), ordered())));
    if (endpoint.produces().equals(ApiEndpoint.JSON)) {
      responses.put("304", ordered("description", "Not modified: If-None-Match named the ETag."));
    }
    for (int status : endpoint.errors()) {
      responses.put(Integer.toString(status), ordered("$ref", ERROR_REF));
    }
    responses.put("429", ordered("$ref", ERROR_REF));
    responses.put("500", ordered("$ref", ERROR_REF));
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> parameter(Param p) {
    Map<String, Object> param = new LinkedHashMap<>();
    param.put("name", p.name());
    param.put("in", p.in() == Param.In.PATH ? "path" : "query");
    param.put("required", p.in() == Param.In.PATH);
    param.put("description", p.description());
    Map<String, Object> schema = schema(p);
    if (p.repeatable()) {
      param.put(
          "schema",
          ordered("type", "array", "items", schema, "maxItems", RequestParams.MAX_VALUES));
      param.put("style", "form");
      param.put("explode", true);
    } else {
      param.put("schema", schema);
    }
    return param;
  }

  private static Map<String, Object> schema(Param p) {
    Map<String, Object> schema = new LinkedHashMap<>();
    switch (p.kind()) {
      case TEXT -> {
        schema.put("type", "string");
        schema.put("maxLength", p.maxLength());
      }
      case INTEGER -> {
        schema.put("type", "integer");
        schema.put("minimum", p.min());
        schema.put("maximum", p.max());
        schema.put("default", Long.parseLong(p.defaultValue()));
      }
      case DATE -> {
        schema.put("type", "string");
        schema.put("format", "date");
      }
      case CHOICE, LIST -> {
        schema.put("type", "string");
        schema.put("enum", p.choices());
        if (p.defaultValue() != null) {
          schema.put("default", p.defaultValue());
        }
      }
    }
    return schema;
  }

  private static Map<String, Object> components() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "object");
    body.put("required", List.of("status", "code", "message"));
    body.put(
        "properties",
        ordered(
            "status", ordered("type", "integer"),
            "code", ordered("type", "string"),
            "param", ordered("type", "string"),
            "message", ordered("type", "string")));
    Map<String, Object> error =
        ordered(
            "type", "object", "required", List.of("error"), "properties", ordered("error", body));
    return ordered(
        "schemas",
        ordered("Error", error),
        "responses",
        ordered(
            "Error",
            ordered(
                "description",
                "An error (see code and param).",
                "content",
                ordered(
                    ApiEndpoint.JSON,
                    ordered("schema", ordered("$ref", "#/components/schemas/Error"))))));
  }
}

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

  static Map<String, Object> of(List<ApiEndpoint> endpoints) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put(
        "info",
        Map.of(
            "title", "Parley",
            "version", "1",
            "description",
                "Full-text search over diplomatic statements. Every error is"
                    + " {\"error\": {\"status\", \"code\", \"param\", \"message\"}}; unknown"
                    + " parameters are refused; GET responses carry an ETag naming the index"
                    + " generation."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiEndpoint endpoint : endpoints) {
      paths.put(endpoint.path(), Map.of("get", operation(endpoint)));
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
        Map.of(
            "description", endpoint.returns(), "content", Map.of(endpoint.produces(), Map.of())));
    if (endpoint.produces().equals(ApiEndpoint.JSON)) {
      responses.put("304", Map.of("description", "Not modified: If-None-Match named the ETag."));
    }
    for (int status : endpoint.errors()) {
      responses.put(Integer.toString(status), Map.of("$ref", ERROR_REF));
    }
    responses.put("429", Map.of("$ref", ERROR_REF));
    responses.put("500", Map.of("$ref", ERROR_REF));
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
          "schema", Map.of("type", "array", "items", schema, "maxItems", RequestParams.MAX_VALUES));
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
        Map.of(
            "status", Map.of("type", "integer"),
            "code", Map.of("type", "string"),
            "param", Map.of("type", "string"),
            "message", Map.of("type", "string")));
    Map<String, Object> error =
        Map.of("type", "object", "required", List.of("error"), "properties", Map.of("error", body));
    return Map.of(
        "schemas",
        Map.of("Error", error),
        "responses",
        Map.of(
            "Error",
            Map.of(
                "description",
                "An error (see code and param).",
                "content",
                Map.of(
                    ApiEndpoint.JSON,
                    Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))))));
  }
}

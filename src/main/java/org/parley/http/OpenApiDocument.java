package org.parley.http;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.json.ResponseJson;

/**
 * Generates the OpenAPI 3.1 description of the API from the {@link ApiEndpoint} table and the
 * {@link Param} declarations, the same ones that validate requests, with every JSON body described
 * by a JSON Schema that {@link JsonSchemas} reads from the mapper that writes it.
 */
final class OpenApiDocument {
  private OpenApiDocument() {}

  private static final String ERROR_REF = "#/components/responses/Error";

  /** What {@code /api/openapi.json} itself serialises: this document, as built here. */
  static final Type BODY_TYPE = new TypeReference<Map<String, Object>>() {}.getType();

  /** The statuses any route may answer, whatever its parameters. */
  private static final List<Integer> ANY_ROUTE_ERRORS = List.of(429, 500, 503);

  /** A map that keeps the order written, so the document is the same on every run. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> of(List<ApiEndpoint> endpoints) {
    JsonSchemas schemas = new JsonSchemas(ResponseJson.MAPPER);
    Map<String, Object> errorSchema = schemas.schemaOf(ApiError.class);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put(
        "info",
        ordered(
            "title", "Parley",
            "version", "1",
            "description",
                "Full-text search over diplomatic statements. Every error has the ApiError"
                    + " shape; unknown parameters are refused; GET responses carry an ETag naming"
                    + " the index generation. Public and read-only: no authentication."));
    // Relative: the API is described wherever it is served, behind any host or proxy.
    doc.put("servers", List.of(ordered("url", "/")));
    doc.put("security", List.of());
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiEndpoint endpoint : endpoints) {
      paths.put(endpoint.path(), ordered("get", operation(endpoint, schemas)));
    }
    doc.put("paths", paths);
    doc.put("components", components(schemas.components(), errorSchema));
    return doc;
  }

  private static Map<String, Object> operation(ApiEndpoint endpoint, JsonSchemas schemas) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", endpoint.operationId());
    op.put("summary", endpoint.summary());
    List<Object> parameters = new ArrayList<>();
    for (Param p : endpoint.params()) {
      parameters.add(parameter(p));
    }
    op.put("parameters", parameters);
    Map<String, Object> responses = new LinkedHashMap<>();
    Map<String, Object> body =
        endpoint.body().equals(BODY_TYPE) ? DOCUMENT_SCHEMA : schemas.schemaOf(endpoint.body());
    Map<String, Object> content = new LinkedHashMap<>();
    for (String mediaType : endpoint.produces()) {
      content.put(mediaType, ordered("schema", body));
    }
    responses.put("200", ordered("description", endpoint.returns(), "content", content));
    if (endpoint.produces().equals(List.of(ApiEndpoint.JSON))) {
      responses.put("304", ordered("description", "Not modified: If-None-Match named the ETag."));
    }
    for (int status : endpoint.errors()) {
      responses.put(Integer.toString(status), ordered("$ref", ERROR_REF));
    }
    for (int status : ANY_ROUTE_ERRORS) {
      responses.put(Integer.toString(status), ordered("$ref", ERROR_REF));
    }
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

  /** The schema of this document itself: what a client can rely on without a meta-schema. */
  private static final Map<String, Object> DOCUMENT_SCHEMA =
      ordered(
          "type",
          "object",
          "required",
          List.of("openapi", "info", "paths"),
          "properties",
          ordered(
              "openapi", ordered("type", "string"),
              "info", ordered("type", "object"),
              "paths", ordered("type", "object"),
              "components", ordered("type", "object")));

  private static Map<String, Object> components(
      Map<String, Map<String, Object>> schemas, Map<String, Object> errorSchema) {
    return ordered(
        "schemas",
        schemas,
        "responses",
        ordered(
            "Error",
            ordered(
                "description",
                "An error (see code and param).",
                "content",
                ordered(ApiEndpoint.JSON, ordered("schema", errorSchema)))));
  }
}

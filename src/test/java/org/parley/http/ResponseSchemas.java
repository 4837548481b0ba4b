package org.parley.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/**
 * The response schemas of a served OpenAPI document, ready to validate bodies with a standard JSON
 * Schema 2020-12 validator. The document is loaded as one schema resource, so its {@code $ref}s to
 * {@code #/components/schemas/...} resolve as written; each record schema is made closed ({@code
 * additionalProperties: false}) for the check, so a member the schema does not name fails as surely
 * as a missing one.
 */
final class ResponseSchemas {
  /** The IRI the document is registered under; never fetched. */
  private static final String DOCUMENT_IRI = "urn:parley:openapi";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final SchemaRegistry registry;

  ResponseSchemas(JsonNode document) {
    this.document = document;
    JsonNode closed = closed(document);
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(DOCUMENT_IRI, closed.toString())));
  }

  /** The JSON Schema 2020-12 meta-schema, as bundled with the validator (read offline). */
  Schema metaSchema() {
    return registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
  }

  /**
   * The schema of the {@code status} response of GET {@code path} (as written in the document,
   * {@code /api/paragraphs/{id}}) in {@code mediaType}, following a {@code $ref} to a shared
   * response.
   */
  Schema of(String path, int status, String mediaType) {
    String response = "/paths/" + escape(path) + "/get/responses/" + status;
    JsonNode node = document.at(response);
    if (node.isMissingNode()) {
      throw new AssertionError("the document has no " + status + " response for GET " + path);
    }
    if (node.has("$ref")) {
      response = node.get("$ref").asText().substring(1);
      node = document.at(response);
    }
    String pointer = response + "/content/" + escape(mediaType) + "/schema";
    if (document.at(pointer).isMissingNode()) {
      throw new AssertionError("no " + mediaType + " schema at " + pointer);
    }
    return registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer));
  }

  /** The component schema {@code name}. */
  Schema component(String name) {
    return registry.getSchema(
        SchemaLocation.of(DOCUMENT_IRI + "#/components/schemas/" + escape(name)));
  }

  /** What is wrong with {@code body} as the {@code status} response of GET {@code path}. */
  static List<String> problems(Schema schema, JsonNode body) {
    return schema.validate(body).stream().map(Error::toString).toList();
  }

  /** A JSON Pointer token: {@code ~} and {@code /} escaped. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A copy of the document whose component object schemas refuse members they do not name. */
  private static JsonNode closed(JsonNode document) {
    JsonNode copy = document.deepCopy();
    copy.path("components")
        .path("schemas")
        .forEach(
            schema -> {
              if (schema.has("properties")) {
                ((ObjectNode) schema).put("additionalProperties", false);
              }
            });
    return copy;
  }

  /** {@code text} parsed as JSON. */
  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}

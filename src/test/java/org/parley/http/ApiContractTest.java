package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ServerConfig;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * The OpenAPI document as a contract: it passes a standard OpenAPI parser and a JSON Schema
 * validator, and real responses of every endpoint, errors included, validate against the schemas it
 * gives for them. Over the real NATO press conference of 7 January 2022 and one short invented
 * transcript by a fictional speaker.
 */
class ApiContractTest {
  @TempDir static Path tmp;
  static TestServer server;
  static String documentText;
  static JsonNode document;
  static ResponseSchemas schemas;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2022-02-15-remarks.txt",
                "Doorstep remarks",
                "Foreign Minister Test Official of the Republic of Examplestan",
                "15 February 2022",
                List.of(
                    "Ukraine must be free to choose its own path.",
                    "We remain ready for dialogue on arms control."));
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    // Many requests in a row from one address: no rate limit here (one test sets its own).
    ServerConfig noRateLimit = new ServerConfig(null, null, null, 0, null, null, null);
    server = TestServer.over(index).server(noRateLimit).start();
    HttpResponse<String> served = server.get("/api/openapi.json");
    assertThat(served.statusCode()).isEqualTo(200);
    documentText = served.body();
    document = ResponseSchemas.parse(documentText);
    schemas = new ResponseSchemas(document);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_served_document_is_openapi_3_1_that_swagger_parser_reads_without_a_message() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(documentText, null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(result.getOpenAPI().getServers())
        .singleElement()
        .extracting(Server::getUrl)
        .isEqualTo("/");
    // Public and read-only: declared as no security requirement at all.
    assertThat(document.get("security").isArray()).isTrue();
    assertThat(document.get("security")).isEmpty();
    assertThat(result.getOpenAPI().getComponents().getSchemas())
        .containsKeys("SearchResponse", "Hit", "HitDocRef", "ParagraphContext", "ApiError");
  }

  @Test
  void every_component_is_a_valid_json_schema_2020_12() {
    Schema meta = schemas.metaSchema();
    List<String> problems = new ArrayList<>();
    document
        .at("/components/schemas")
        .properties()
        .forEach(
            e ->
                ResponseSchemas.problems(meta, e.getValue())
                    .forEach(p -> problems.add(e.getKey() + ": " + p)));
    assertThat(problems).isEmpty();
    assertThat(document.at("/components/schemas").size()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void every_response_of_every_operation_has_a_schema_and_errors_share_the_error_schema() {
    List<String> missing = new ArrayList<>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .at("/get/responses")
                    .properties()
                    .forEach(
                        response -> {
                          String where = path.getKey() + " " + response.getKey();
                          JsonNode r = response.getValue();
                          if (response.getKey().equals("304")) {
                            return;
                          }
                          if (response.getKey().equals("200")) {
                            r.get("content")
                                .properties()
                                .forEach(
                                    media -> {
                                      if (!media.getValue().has("schema")) {
                                        missing.add(where + " " + media.getKey());
                                      }
                                    });
                          } else if (!r.path("$ref")
                              .asText()
                              .equals("#/components/responses/Error")) {
                            missing.add(where);
                          }
                        }));
    assertThat(missing).isEmpty();
    assertThat(
            document
                .at("/components/responses/Error/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/ApiError");
    assertThat(document.at("/paths/~1api~1search/get/responses").has("503")).isTrue();
  }

  @Test
  void real_responses_of_every_endpoint_validate_against_the_schema_of_their_status() {
    JsonNode search = get("/api/search", "/api/search?q=ukraine&size=100", 200);
    String paragraphId = search.at("/hits/0/id").asText();
    String documentId = search.at("/hits/0/doc/id").asText();
    String answer = firstWithQuestion(get("/api/search", "/api/search?q=russia&size=100", 200));
    get(
        "/api/search",
        "/api/search?q=allies+arms+control&facets=speaker,topic,role,year,month&explain=true",
        200);
    get("/api/search", "/api/search?q=%22dual-track+approach%22", 200);
    get("/api/search", "/api/search?q=Russian", 200);
    get("/api/search", "/api/search?sort=date&size=3", 200);
    get("/api/search", "/api/search?q=zzzznothing", 200);
    get("/api/search", "/api/search?size=abc", 400);
    get("/api/search", "/api/search?bogus=1", 400);
    get("/api/paragraphs/{id}", "/api/paragraphs/" + paragraphId, 200);
    get("/api/paragraphs/{id}", "/api/paragraphs/" + answer + "?context=0", 200);
    get("/api/paragraphs/{id}", "/api/paragraphs/" + paragraphId + "?context=99", 400);
    get("/api/paragraphs/{id}", "/api/paragraphs/no-such-paragraph-p1", 404);
    get("/api/documents/{id}", "/api/documents/" + documentId, 200);
    get("/api/documents/{id}", "/api/documents/no-such-document", 404);
    get("/api/suggest", "/api/suggest?q=ukr", 200);
    get("/api/suggest", "/api/suggest?q=jens", 200);
    get("/api/suggest", "/api/suggest?size=0", 400);
    get("/api/speakers", "/api/speakers", 200);
    get("/api/topics", "/api/topics", 200);
    get("/api/health", "/api/health", 200);
    get("/api/stats", "/api/stats", 200);
    get("/api/openapi.json", "/api/openapi.json", 200);
    get("/api/export", "/api/export?q=ukraine&format=nope", 400);
    get("/api/phrase", "/api/phrase?q=%22dual-track+approach%22", 200);
    get("/api/phrase", "/api/phrase?q=nato", 400);
    get("/feed.atom", "/feed.atom?size=abc", 400);
    assertThat(covered).containsExactlyInAnyOrderElementsOf(documentedPaths());
    // Representative: the optional members were present in what was checked.
    assertThat(String.join("\n", checkedBodies))
        .contains(
            "\"question\":",
            "\"expansions\":",
            "\"facets\":",
            "\"explain\":",
            "\"all_terms_total\":",
            "\"param\":",
            "\"speaker_label\":",
            "\"outlet\":");
  }

  @Test
  void each_line_of_a_jsonl_export_is_a_hit_and_a_csv_export_is_described_as_text() {
    HttpResponse<String> jsonl = server.get("/api/export?q=ukraine&format=jsonl");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(schemas.of("/api/export", 200, "application/x-ndjson")).isNotNull();
    Schema hit = schemas.component("Hit");
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSizeGreaterThan(3);
    for (String line : lines) {
      assertThat(ResponseSchemas.problems(hit, ResponseSchemas.parse(line))).as(line).isEmpty();
    }
    assertThat(server.get("/api/export?q=ukraine").headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(
            document
                .at("/paths/~1api~1export/get/responses/200/content/text~1csv/schema/type")
                .asText())
        .isEqualTo("string");
  }

  @Test
  void the_atom_feed_is_described_as_text_of_its_media_type() {
    HttpResponse<String> feed = server.get("/feed.atom?q=ukraine");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
    assertThat(
            document
                .at(
                    "/paths/~1feed.atom/get/responses/200/content/application~1atom+xml/schema/type")
                .asText())
        .isEqualTo("string");
  }

  @Test
  void a_rate_limited_request_gets_a_429_body_of_the_error_schema() throws IOException {
    Path index = tmp.resolve("index");
    ServerConfig onePerSecond = new ServerConfig(null, null, null, 1, 1, null, null);
    try (TestServer limited = TestServer.over(index).server(onePerSecond).start()) {
      HttpResponse<String> refused = null;
      // A bucket of one, refilled once a second: a few requests in a row meet an empty one.
      for (int i = 0; i < 20 && refused == null; i++) {
        HttpResponse<String> response = limited.get("/api/health");
        if (response.statusCode() == 429) {
          refused = response;
        }
      }
      assertThat(refused).isNotNull();
      assertValid("/api/health", 429, refused.body());
    }
  }

  @Test
  void the_errors_the_server_makes_itself_validate_against_the_error_schema() {
    for (int status : List.of(500, 503)) {
      String body = ErrorResponses.json(ErrorResponses.fromStatus(status));
      assertValid("/api/search", status, body);
    }
    assertValid("/api/search", 500, ErrorResponses.json(ErrorResponses.internalError()));
  }

  @Test
  void a_body_that_drifts_from_its_schema_is_refused() {
    JsonNode body = ResponseSchemas.parse(server.get("/api/search?q=ukraine").body());
    Schema schema = schemas.of("/api/search", 200, ApiEndpoint.JSON);
    assertThat(ResponseSchemas.problems(schema, body)).isEmpty();

    ObjectNode renamed = body.deepCopy();
    renamed.set("totalRelation", renamed.remove("total_relation"));
    assertThat(ResponseSchemas.problems(schema, renamed)).isNotEmpty();

    ObjectNode hitRenamed = body.deepCopy();
    ObjectNode hit = (ObjectNode) hitRenamed.at("/hits/0");
    hit.put("speakerLabel", "Test Speaker");
    assertThat(ResponseSchemas.problems(schema, hitRenamed)).isNotEmpty();

    ObjectNode wrongType = body.deepCopy();
    wrongType.put("total", "many");
    assertThat(ResponseSchemas.problems(schema, wrongType)).isNotEmpty();

    ObjectNode missing = body.deepCopy();
    missing.remove("page");
    assertThat(ResponseSchemas.problems(schema, missing)).isNotEmpty();
  }

  private static final Set<String> covered = new LinkedHashSet<>();
  private static final List<String> checkedBodies = new ArrayList<>();

  /** GETs {@code request}, requires {@code status}, and validates the body against its schema. */
  private static JsonNode get(String documentedPath, String request, int status) {
    HttpResponse<String> response = server.get(request);
    assertThat(response.statusCode()).as(request + ": " + response.body()).isEqualTo(status);
    covered.add(documentedPath);
    return assertValid(documentedPath, status, response.body());
  }

  private static JsonNode assertValid(String documentedPath, int status, String body) {
    JsonNode json = ResponseSchemas.parse(body);
    Schema schema = schemas.of(documentedPath, status, ApiEndpoint.JSON);
    assertThat(ResponseSchemas.problems(schema, json)).as(documentedPath + " " + status).isEmpty();
    checkedBodies.add(body);
    return json;
  }

  private static String firstWithQuestion(JsonNode search) {
    for (JsonNode hit : search.get("hits")) {
      if (hit.has("question")) {
        return hit.get("id").asText();
      }
    }
    throw new AssertionError("no answer among the hits");
  }

  private static List<String> documentedPaths() {
    List<String> paths = new ArrayList<>();
    document.get("paths").fieldNames().forEachRemaining(paths::add);
    return paths;
  }
}

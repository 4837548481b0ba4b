package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.CsvRecords;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** {@code /api/export}: the same hits as search, as a spreadsheet-safe CSV or JSON Lines. */
class ExportApiTest {
  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2022-03-01-quotes.txt",
                "Statement",
                "Minister Test Speaker of the Republic of Examplestan",
                "1 March 2022",
                List.of(
                    "He said \"no, never\" about the embargo, twice.",
                    "=HYPERLINK(\"http://example.invalid\") was typed into the embargo form."));
    server = TestServer.over(TestIndex.build(corpus.dir(), tmp.resolve("index"))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<List<String>> csv(String query) {
    HttpResponse<byte[]> response = server.getBytes("/api/export?" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    byte[] body = response.body();
    assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    return CsvRecords.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void csv_export_parses_back_to_the_same_hits_as_search() {
    JsonNode search = server.getJson("/api/search?q=ukraine&size=100");
    List<List<String>> rows = csv("q=ukraine");
    assertThat(rows.get(0)).isEqualTo(ExportFormat.COLUMNS);
    List<List<String>> records = rows.subList(1, rows.size());
    assertThat(records).hasSize(search.get("hits").size()).hasSize(search.get("total").asInt());
    int column = ExportFormat.COLUMNS.indexOf("id");
    for (int i = 0; i < records.size(); i++) {
      JsonNode hit = search.get("hits").get(i);
      List<String> record = records.get(i);
      assertThat(record).hasSize(ExportFormat.COLUMNS.size());
      assertThat(record.get(column)).isEqualTo(hit.get("id").asText());
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("text")))
          .isEqualTo(hit.get("text").asText());
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("speaker")))
          .isEqualTo(hit.path("speaker").asText(""));
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("date")))
          .isEqualTo(hit.get("date").asText());
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("url")))
          .isEqualTo(hit.get("url").asText());
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("citation")))
          .isEqualTo(hit.get("citation").asText());
      List<String> topics = new ArrayList<>();
      hit.get("topics").forEach(t -> topics.add(t.asText()));
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("topics")))
          .isEqualTo(String.join("; ", topics));
    }
  }

  @Test
  void csv_export_is_a_download_with_crlf_rows_and_quoted_fields() {
    HttpResponse<String> response = server.get("/api/export?q=embargo");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename=\"parley-export.csv\"");
    assertThat(response.body())
        .contains("\r\n")
        .contains("\"He said \"\"no, never\"\" about the embargo, twice.\"");
    List<List<String>> rows = csv("q=embargo&sort=date");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get(ExportFormat.COLUMNS.indexOf("text")))
        .isEqualTo("He said \"no, never\" about the embargo, twice.");
  }

  @Test
  void cells_a_spreadsheet_would_run_as_formulas_are_defused() {
    List<List<String>> rows = csv("q=embargo&sort=date");
    assertThat(rows.get(2).get(ExportFormat.COLUMNS.indexOf("text"))).startsWith("'=HYPERLINK(");
    assertThat(ExportFormat.csvField("-1")).isEqualTo("'-1");
    assertThat(ExportFormat.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ExportFormat.csvField("plain")).isEqualTo("plain");
  }

  @Test
  void filters_and_sort_apply_to_the_export() {
    List<List<String>> rows = csv("speaker=" + TestServer.encode("Oana Lungescu") + "&sort=date");
    JsonNode search =
        server.getJson(
            "/api/search?speaker=" + TestServer.encode("Oana Lungescu") + "&sort=date&size=100");
    assertThat(rows).hasSize(search.get("total").asInt() + 1);
    for (List<String> record : rows.subList(1, rows.size())) {
      assertThat(record.get(ExportFormat.COLUMNS.indexOf("speaker"))).isEqualTo("Oana Lungescu");
    }
  }

  @Test
  void an_empty_result_is_a_csv_with_only_the_header() {
    assertThat(csv("q=zanzibar")).containsExactly(ExportFormat.COLUMNS);
  }

  @Test
  void jsonl_export_has_one_hit_per_line() throws IOException {
    HttpResponse<String> response = server.get("/api/export?q=ukraine&format=jsonl");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/x-ndjson");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("parley-export.jsonl");
    JsonNode search = server.getJson("/api/search?q=ukraine&size=100");
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(search.get("total").asInt());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.length; i++) {
      assertThat(json.readTree(lines[i]).get("id")).isEqualTo(search.get("hits").get(i).get("id"));
    }
  }

  @Test
  void a_refused_export_is_json_and_not_a_download() {
    HttpResponse<String> response = server.get("/api/export?q=*kraine");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(TestServer.json(response).get("error").get("param").asText()).isEqualTo("q");
  }
}

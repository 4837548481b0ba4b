package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.http.page.PageRoutes;
import org.parley.search.SearchStack;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * {@code /api/phrase} and the search page's phrase panel over the real NATO press conference of 7
 * January 2022, where the Secretary General speaks of NATO's "dual-track approach" to Russia.
 */
class PhraseApiTest {
  @TempDir static Path tmp;
  static TestServer server;
  static SearchStack pagesStack;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("corpus")).withNatoTranscript();
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    // The pages read the index through a stack of their own, as in the browser tests' server.
    pagesStack = SearchStack.open(index, TestIndex.config(), 0);
    server =
        TestServer.over(index)
            .pages(new PageRoutes(pagesStack.search(), pagesStack.browse(), pagesStack.phrases()))
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    pagesStack.close();
  }

  private static JsonNode phrase(String q) {
    return server.getJson("/api/phrase?q=" + TestServer.encode(q));
  }

  @Test
  void dual_track_approach_names_its_first_use_with_speaker_date_and_counts_by_year() {
    JsonNode h = phrase("\"dual-track approach\"");
    assertThat(h.get("phrase").asText()).isEqualTo("dual-track approach");
    assertThat(h.get("total").asInt()).isEqualTo(3);
    JsonNode first = h.get("first");
    assertThat(first.get("date").asText()).isEqualTo("2022-01-07");
    assertThat(first.get("speaker").asText()).isEqualTo("Jens Stoltenberg");
    assertThat(first.get("sentence").asText()).containsIgnoringCase("dual-track approach");
    assertThat(first.get("url").asText()).isEqualTo("/p/" + first.get("paragraph_id").asText());
    assertThat(h.get("by_year").toString()).isEqualTo("[{\"value\":\"2022\",\"count\":3}]");
    assertThat(h.get("speakers").get(0).get("name").asText()).isEqualTo("Jens Stoltenberg");
    assertThat(h.get("speakers").get(0).get("first_date").asText()).isEqualTo("2022-01-07");
    assertThat(h.get("variants_sampled").asBoolean()).isFalse();
  }

  @Test
  void filters_are_those_of_the_search() {
    JsonNode h =
        server.getJson(
            "/api/phrase?q=" + TestServer.encode("\"dual-track approach\"") + "&from=2023-01-01");
    assertThat(h.get("total").asInt()).isZero();
    assertThat(h.has("first")).isFalse();
  }

  @Test
  void a_q_that_is_not_a_phrase_of_two_words_is_a_400_naming_q() {
    for (String q : List.of("", "nato", "\"nato\"", "\"dual-track approach\" russia")) {
      HttpResponse<String> response = server.get("/api/phrase?q=" + TestServer.encode(q));
      assertThat(response.statusCode()).as(q).isEqualTo(400);
      assertThat(TestServer.json(response).toString()).as(q).contains("\"q\"");
    }
    assertThat(server.get("/api/phrase").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/phrase?q=a+b&page=2").statusCode()).isEqualTo(400);
  }

  @Test
  void the_endpoint_is_in_the_openapi_document() {
    assertThat(server.getJson("/api/openapi.json").get("paths").has("/api/phrase")).isTrue();
  }

  @Test
  void the_search_page_shows_the_history_panel_for_a_quoted_phrase_only() {
    String page = server.get("/?q=" + TestServer.encode("\"dual-track approach\"")).body();
    assertThat(page).contains("History of this phrase").contains("2022-01-07");
    assertThat(page).contains("Jens Stoltenberg").contains("(first use)");
    String words = server.get("/?q=" + TestServer.encode("dual-track approach")).body();
    assertThat(words).doesNotContain("History of this phrase");
  }
}

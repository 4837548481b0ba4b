package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * {@code in=questions} and {@code in=answers} over real exchanges about Kazakhstan in January 2022
 * and before (the NATO press conference of 7 January 2022, the White House background call of 8
 * January 2022, two State Department briefings), plus an invented briefing by invented people for
 * the edge cases: a question nobody answers before the next one, and one that ends the transcript.
 */
class QuestionsApiTest {
  private static final List<String> REAL_FILES =
      List.of(
          "whitehouse/2022-01-08-background-press-call-by-a-senior-administration-official-on-russia.txt",
          "state-department/2021-07-08-department-press-briefing-july-8-2021.txt",
          "state-department/2022-06-21-department-press-briefing-june-21-2022.txt");

  private static final String NATO =
      "nato-2022-01-07-press-conference-extraordinary-foreign-ministers";

  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2023-03-01-lighthouse-briefing.txt",
                "Press briefing",
                "Foreign Minister Test Official of the Republic of Examplestan",
                "1 March 2023",
                List.of(
                    "Test Official: Good morning. The lighthouse keepers of Examplestan have a new"
                        + " chief.",
                    "Test Reporter (Example News): Will the lighthouse of the capital reopen this"
                        + " winter, and who decides when it does?",
                    "Other Reporter (Fictional Times): And will the lighthouse keepers who were"
                        + " sent home last year return to their posts?",
                    "Test Official: The lighthouse reopens in spring; its keepers return then.",
                    "Test Reporter (Example News): One last question: what will the lighthouse"
                        + " repairs cost the taxpayers of Examplestan this year?"));
    for (String file : REAL_FILES) {
      Path target = corpus.dir().resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(TestCorpus.bundled().resolve(file), target);
    }
    server = TestServer.over(TestIndex.build(corpus.dir(), tmp.resolve("index"))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<JsonNode> hits(JsonNode response) {
    List<JsonNode> hits = new ArrayList<>();
    response.get("hits").forEach(hits::add);
    return hits;
  }

  private static Set<String> ids(JsonNode response) {
    Set<String> ids = new HashSet<>();
    response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void in_questions_for_kazakhstan_returns_the_journalists_questions_with_the_answers_they_got() {
    JsonNode response = server.getJson("/api/search?q=Kazakhstan&in=questions&size=20");
    assertThat(response.get("total").asInt()).isEqualTo(5);
    for (JsonNode hit : hits(response)) {
      assertThat(hit.get("role").asText()).as(hit.get("id").asText()).isEqualTo("journalist");
      assertThat(hit.has("question")).isFalse();
      JsonNode answer = hit.get("answer");
      assertThat(answer).as(hit.get("id").asText()).isNotNull();
      assertThat(answer.get("speaker").asText())
          .isIn("Jens Stoltenberg", "Ned Price", "SENIOR ADMINISTRATION OFFICIAL");
      assertThat(answer.get("text").asText()).isNotBlank().hasSizeLessThanOrEqualTo(301);
      JsonNode answered = server.getJson("/api/paragraphs/" + answer.get("id").asText());
      assertThat(answered.get("paragraph").get("role").asText()).isEqualTo("official");
      assertThat(answered.get("paragraph").get("question").get("text").asText())
          .containsIgnoringCase("Kazakhstan");
    }
    JsonNode zdf =
        hits(response).stream()
            .filter(h -> h.get("id").asText().equals(NATO + "-p53"))
            .findFirst()
            .orElseThrow();
    assertThat(zdf.get("speaker").asText()).isEqualTo("Florian Neuhann");
    assertThat(zdf.get("answer").get("id").asText()).isEqualTo(NATO + "-p54");
    assertThat(zdf.get("answer").get("text").asText())
        .startsWith("NATO Allies and NATO are following the situation in Kazakhstan very closely.");
  }

  @Test
  void in_answers_returns_only_answers_each_with_its_question() {
    JsonNode response = server.getJson("/api/search?q=Kazakhstan&in=answers&size=50");
    assertThat(response.get("total").asInt()).isPositive();
    for (JsonNode hit : hits(response)) {
      assertThat(hit.get("role").asText()).isNotEqualTo("journalist");
      assertThat(hit.has("answer")).isFalse();
      assertThat(hit.get("question").get("text").asText()).isNotBlank();
    }
    assertThat(ids(response)).contains(NATO + "-p54");
  }

  @Test
  void questions_and_answers_are_disjoint_parts_of_everything() {
    JsonNode questions = server.getJson("/api/search?q=Kazakhstan&in=questions&size=50");
    JsonNode answers = server.getJson("/api/search?q=Kazakhstan&in=answers&size=50");
    JsonNode all = server.getJson("/api/search?q=Kazakhstan&size=50");
    assertThat(all.get("hits"))
        .isEqualTo(server.getJson("/api/search?q=Kazakhstan&in=all&size=50").get("hits"));
    assertThat(ids(questions)).doesNotContainAnyElementsOf(ids(answers));
    assertThat(ids(all)).containsAll(ids(questions)).containsAll(ids(answers));
    // Every mention in these real exchanges is asked or answered.
    assertThat(all.get("total").asInt())
        .isEqualTo(questions.get("total").asInt() + answers.get("total").asInt());
  }

  @Test
  void a_statement_before_any_question_is_found_only_everywhere() {
    String opening = "2023-03-01-lighthouse-briefing-p1";
    assertThat(ids(server.getJson("/api/search?q=lighthouse"))).contains(opening).hasSize(5);
    assertThat(ids(server.getJson("/api/search?q=lighthouse&in=questions")))
        .doesNotContain(opening)
        .hasSize(3);
    assertThat(ids(server.getJson("/api/search?q=lighthouse&in=answers")))
        .doesNotContain(opening)
        .hasSize(1);
  }

  @Test
  void the_outlet_facet_counts_which_outlets_asked() {
    JsonNode response = server.getJson("/api/search?q=Kazakhstan&in=questions&facets=outlet");
    assertThat(counts(response.get("facets").get("outlet")))
        .isEqualTo(Map.of("NPR/CBS News", 1L, "ZDF", 1L));
    JsonNode lighthouse = server.getJson("/api/search?q=lighthouse&facets=outlet,role");
    assertThat(counts(lighthouse.get("facets").get("outlet")))
        .isEqualTo(Map.of("Example News", 2L, "Fictional Times", 1L));
  }

  @Test
  void a_question_answered_only_after_the_next_question_has_no_answer_and_nor_has_the_last() {
    JsonNode response = server.getJson("/api/search?q=lighthouse&in=questions&sort=date");
    List<JsonNode> hits = hits(response);
    assertThat(hits).hasSize(3);
    assertThat(hits.stream().map(h -> h.get("speaker").asText()))
        .containsExactly("Test Reporter", "Other Reporter", "Test Reporter");
    assertThat(hits.get(0).has("answer")).isFalse();
    JsonNode answer = hits.get(1).get("answer");
    assertThat(answer.get("speaker").asText()).isEqualTo("Test Official");
    assertThat(answer.get("text").asText())
        .isEqualTo("The lighthouse reopens in spring; its keepers return then.");
    assertThat(hits.get(2).has("answer")).isFalse();
  }

  @Test
  void in_is_validated_and_case_insensitive() {
    HttpResponse<String> bogus = server.get("/api/search?q=Kazakhstan&in=bogus");
    assertThat(bogus.statusCode()).isEqualTo(400);
    JsonNode error = TestServer.json(bogus).get("error");
    assertThat(error.get("param").asText()).isEqualTo("in");
    assertThat(error.get("message").asText()).contains("questions, answers, all");
    assertThat(server.getJson("/api/search?q=Kazakhstan&in=QUESTIONS").get("total").asInt())
        .isEqualTo(5);
  }

  @Test
  void openapi_lists_in_with_its_choices_and_outlet_among_the_facets() {
    JsonNode params = server.getJson("/api/openapi.json").at("/paths/~1api~1search/get/parameters");
    String text = params.toString();
    assertThat(text).contains("\"enum\":[\"questions\",\"answers\",\"all\"]");
    assertThat(text).contains("\"outlet\"");
  }

  private static Map<String, Long> counts(JsonNode buckets) {
    Map<String, Long> counts = new TreeMap<>();
    buckets.forEach(b -> counts.put(b.get("value").asText(), b.get("count").asLong()));
    return counts;
  }
}

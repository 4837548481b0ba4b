package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.http.page.PageRoutes;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchStack;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * The start-up warm-up's requests on the bundled corpus: every kind of request is there, made of
 * the corpus's own words and values, and every one of them is answered with a 200 (a warm-up that
 * hit errors would compile the error path instead of the search).
 */
class WarmUpRequestsTest {
  static SearchStack stack;
  static TestServer server;
  static List<String> paths;

  @BeforeAll
  static void start() throws IOException {
    stack = SearchStack.open(TestIndex.bundled(), TestIndex.config(), 0);
    ParleySearcher live = stack.searchers().acquire();
    try {
      paths = WarmUpRequests.of(stack.search(), live, TestIndex.config());
    } finally {
      stack.searchers().release(live);
    }
    server =
        TestServer.over(TestIndex.bundled())
            .pages(new PageRoutes(stack.search(), stack.browse(), stack.phrases()))
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    stack.close();
  }

  @Test
  void coverEveryKindOfRequest() {
    String all = String.join("\n", paths);
    assertThat(all)
        .contains("&speaker=")
        .contains("&topic=")
        .contains("&role=journalist")
        .contains("&in=questions")
        .contains("&in=answers")
        .containsPattern("&from=\\d{4}-01-01&to=\\d{4}-12-31")
        .contains("&facets=speaker,topic")
        .contains("&sort=-date")
        .contains("&page=2")
        .contains("/api/suggest?q=")
        .contains("/api/search?q=&speaker=");
    assertThat(paths).anyMatch(p -> p.startsWith("/?q="));
    // Query shapes: a phrase, a prefix, OR, NOT, a hyphenated pair.
    assertThat(all).contains("%22").contains("*").contains("+OR+").contains("+-").contains("-");
    // The most frequent speaker and topic of the bundled corpus are filters.
    JsonNode facets = server.getJson("/api/search?q=&facets=speaker,topic&size=1").path("facets");
    assertThat(all)
        .contains(
            "speaker=" + TestServer.encode(facets.path("speaker").path(0).path("value").asText()))
        .contains(
            "topic=" + TestServer.encode(facets.path("topic").path(0).path("value").asText()));
    assertThat(paths.size()).isGreaterThan(200);
  }

  @Test
  void includeWhatTheAnalysisExpandsAndPhrasesOfTheParagraphs() throws IOException {
    String all = String.join("\n", paths);
    // Groups, NOT as a word, open-ended dates.
    assertThat(all).contains("%28").contains("+NOT+").containsPattern("&from=\\d{4}-01-01(\n|$)");
    ParleySearcher live = stack.searchers().acquire();
    try {
      // Spelling variants, synonyms and acronyms of the shipped configuration and the corpus,
      // searched as typed.
      List<String> configured = WarmUpTexts.configured(TestIndex.config(), live.acronyms());
      assertThat(configured)
          .hasSizeGreaterThan(10)
          .anyMatch(t -> t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)))
          .anyMatch(t -> t.startsWith("\""));
      for (String text : configured) {
        assertThat(paths).contains("/api/search?q=" + TestServer.encode(text));
      }
      // Phrases cut from the bundled corpus's paragraphs, so they are found.
      List<String> phrases = WarmUpTexts.phrases(live);
      assertThat(phrases).hasSizeGreaterThan(WarmUpTexts.PHRASES / 2);
      for (String phrase : phrases.stream().filter(p -> p.startsWith("\"")).toList()) {
        assertThat(
                server.getJson("/api/search?q=" + TestServer.encode(phrase)).path("total").asLong())
            .as(phrase)
            .isPositive();
      }
    } finally {
      stack.searchers().release(live);
    }
  }

  @Test
  void areTheSameForTheSameGeneration() throws IOException {
    ParleySearcher live = stack.searchers().acquire();
    try {
      assertThat(WarmUpRequests.of(stack.search(), live, TestIndex.config())).isEqualTo(paths);
    } finally {
      stack.searchers().release(live);
    }
  }

  @Test
  void areAllAnsweredWith200() {
    Map<String, Integer> failed = new TreeMap<>();
    for (String path : new ArrayList<>(paths)) {
      HttpResponse<String> response = server.get(path);
      if (response.statusCode() != 200) {
        failed.put(path, response.statusCode());
      }
    }
    assertThat(failed).isEmpty();
  }

  @Test
  void takeTheRecordedSearchesInTurnWithTheMadeOnes() {
    assertThat(WarmUpRequests.alternate(List.of("a", "b", "c"), List.of("x")))
        .containsExactly("a", "x", "b", "x", "c", "x");
    assertThat(WarmUpRequests.alternate(List.of("a"), List.of("x", "y")))
        .containsExactly("a", "x", "a", "y");
    assertThat(WarmUpRequests.alternate(List.of("a", "b"), List.of())).containsExactly("a", "b");
    // One recorded search is not half of the warm-up.
    List<String> made = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    assertThat(WarmUpRequests.alternate(made, List.of("x")))
        .containsExactly("a", "b", "x", "c", "d", "x", "e", "f", "x", "g", "h", "x");
  }
}

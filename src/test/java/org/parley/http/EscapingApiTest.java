package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** Markup inside the corpus comes back escaped; the only tags in a highlight are Parley's marks. */
class EscapingApiTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BREAKOUT = "</mark><img src=x onerror=alert(1)>";

  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .transcript(
                "2022-04-01-hostile.txt",
                "Statement",
                "Minister Test Speaker of the Republic of Examplestan",
                "1 April 2022",
                List.of(
                    "The sanctions statement quoted " + SCRIPT + " from a forum.",
                    "The sanctions record showed " + BREAKOUT + " as pasted text.",
                    "Plain words about sanctions & embargoes \"quoted\" and 'single'."));
    server = TestServer.over(TestIndex.build(corpus.dir(), tmp.resolve("index"))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Every highlight of {@code response}; fails if any holds a tag other than mark. */
  private static List<String> checkedHighlights(JsonNode hits) {
    List<String> highlights = new ArrayList<>();
    for (JsonNode hit : hits) {
      String highlight = hit.get("highlight").asText();
      String withoutMarks = highlight.replace("<mark>", "").replace("</mark>", "");
      assertThat(withoutMarks).as(highlight).doesNotContain("<", ">");
      highlights.add(highlight);
    }
    return highlights;
  }

  @Test
  void script_tags_in_a_paragraph_come_back_escaped_around_parleys_marks() {
    for (String q : List.of("sanctions", "script", "alert", "\"sanctions statement\"", "forum")) {
      for (String fragment : List.of("240", "0", "20")) {
        JsonNode response =
            server.getJson("/api/search?q=" + TestServer.encode(q) + "&fragment=" + fragment);
        assertThat(response.get("total").asInt()).as(q).isPositive();
        List<String> highlights = checkedHighlights(response.get("hits"));
        assertThat(String.join(" ", highlights)).as(q).contains("<mark>");
      }
    }
    String whole =
        String.join(
            " ", checkedHighlights(server.getJson("/api/search?q=forum&fragment=0").get("hits")));
    assertThat(whole).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void a_closing_mark_in_the_text_cannot_break_out_of_the_highlight() {
    for (String q : List.of("record", "img", "onerror", "pasted", "mark")) {
      JsonNode response = server.getJson("/api/search?q=" + q + "&fragment=0");
      checkedHighlights(response.get("hits"));
    }
    String highlight =
        server
            .getJson("/api/search?q=record&fragment=0")
            .get("hits")
            .get(0)
            .get("highlight")
            .asText();
    assertThat(highlight).contains("&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(highlight).contains("<mark>record</mark>");
  }

  @Test
  void listings_without_a_query_and_browse_views_are_escaped_too() {
    JsonNode all = server.getJson("/api/search?size=100");
    List<String> highlights = checkedHighlights(all.get("hits"));
    assertThat(String.join(" ", highlights))
        .contains("&lt;script&gt;")
        .contains("&amp; embargoes &quot;quoted&quot;");
    String id = all.get("hits").get(0).get("id").asText();
    JsonNode context = server.getJson("/api/paragraphs/" + id + "?context=5");
    checkedHighlights(context.get("before"));
    checkedHighlights(context.get("after"));
    String docId = all.get("hits").get(0).get("doc").get("id").asText();
    checkedHighlights(server.getJson("/api/documents/" + docId).get("paragraphs"));
  }

  @Test
  void the_plain_text_field_keeps_the_characters_as_written() {
    JsonNode hit = server.getJson("/api/search?q=forum").get("hits").get(0);
    assertThat(hit.get("text").asText()).contains(SCRIPT);
  }
}

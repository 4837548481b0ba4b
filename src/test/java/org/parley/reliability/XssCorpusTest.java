package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * A corpus of classic XSS payloads in every place a transcript can carry text (paragraphs, titles,
 * speaker labels, outlets, front matter ids and sources), read back through the JSON API: every
 * highlight holds no tag but Parley's marks, escaped entities stay literal, links are never {@code
 * javascript:}, and the bytes are valid UTF-8 even when a match touches a surrogate pair.
 */
@Tag("integration")
class XssCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "\"><svg onload=alert(1)>",
          "</mark><script>alert(2)</script><mark>",
          "&lt;mark&gt;fake&lt;/mark&gt;",
          "<a href=\"javascript:alert(3)\">click</a>",
          "javascript:alert(4)",
          "'-alert(5)-'",
          "{{constructor.constructor('alert(6)')()}}",
          "<iframe srcdoc=\"<script>alert(7)</script>\">");

  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      String text =
          "---\n"
              + "id: \"xss-"
              + i
              + "\"\n"
              + "title: "
              + JSON.writeValueAsString("Payload " + i + " " + p)
              + "\nsource: "
              + JSON.writeValueAsString(
                  i % 2 == 0 ? "javascript:alert(" + i + ")" : "https://example.org/" + i)
              + "\n---\n"
              + "Statement\n\nby Minister Test Speaker of the Republic of Examplestan\n\n10 Jan. 2022 -\n\n"
              + "The payload "
              + p
              + " appears next to sanctions in prose.\n\n"
              + "Test Reporter ("
              + p.replace("(", "[").replace(")", "]")
              + "): A question about sanctions "
              + p
              + "?\n\n"
              + "NATO Secretary General: Sanctions\u2028work;\u2029line separators stay data.\n\n"
              + "Emoji \ud83d\ude00sanctions\ud83d\ude00 and \ud835\udc12\ud835\udc1a\ud835\udc27"
              + " sanctions\ud83c\uddfa\ud83c\udde6 flags.\n";
      Files.writeString(
          corpus.resolve("2022-01-10-xss-" + i + ".txt"), text, StandardCharsets.UTF_8);
    }
    server = TestServer.over(TestIndex.build(corpus, tmp.resolve("index"))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void every_payload_comes_back_inert_in_highlights_titles_labels_and_links() throws Exception {
    int hitsChecked = 0;
    for (String q : List.of("sanctions", "payload", "script", "alert", "mark", "svg", "question")) {
      for (String fragment : List.of("240", "0", "12")) {
        JsonNode hits = get("/api/search?size=100&q=" + q + "&fragment=" + fragment).get("hits");
        for (JsonNode hit : hits) {
          checkHit(hit);
          hitsChecked++;
        }
      }
    }
    JsonNode listing = get("/api/search?size=100").get("hits");
    for (JsonNode hit : listing) {
      checkHit(hit);
      JsonNode context = get("/api/paragraphs/" + hit.get("id").asText() + "?context=20");
      checkHit(context.get("paragraph"));
      context.get("before").forEach(XssCorpusTest::checkHit);
      context.get("after").forEach(XssCorpusTest::checkHit);
      hitsChecked++;
    }
    System.out.printf(
        "xss corpus: %d payloads, %d hits checked, none live%n", PAYLOADS.size(), hitsChecked);
    assertThat(hitsChecked).isGreaterThan(100);
  }

  @Test
  void an_escaped_mark_in_the_source_stays_literal_and_cannot_fake_a_highlight() throws Exception {
    JsonNode hit = get("/api/search?q=fake&fragment=0").get("hits").get(0);
    assertThat(hit.get("text").asText()).contains("&lt;mark&gt;fake&lt;/mark&gt;");
    assertThat(hit.get("highlight").asText())
        .contains("&amp;lt;mark&amp;gt;<mark>fake</mark>&amp;lt;/mark&amp;gt;");
  }

  @Test
  void line_separators_and_surrogate_pairs_survive_as_valid_utf8_json() throws Exception {
    HttpResponse<byte[]> response = server.getBytes("/api/search?q=sanctions&size=100&fragment=0");
    String body = strictUtf8(response.body());
    JsonNode hits = JSON.readTree(body).get("hits");
    boolean sawEmoji = false;
    for (JsonNode hit : hits) {
      String highlight = hit.get("highlight").asText();
      assertThat(hasLoneSurrogate(highlight)).as(highlight).isFalse();
      if (hit.get("text").asText().contains("\ud83d\ude00sanctions")) {
        sawEmoji = true;
        assertThat(highlight).contains("\ud83d\ude00<mark>sanctions</mark>\ud83d\ude00");
      }
      if (hit.get("text").asText().contains("\u2028")) {
        assertThat(highlight).contains("\u2028").contains("\u2029");
      }
    }
    assertThat(sawEmoji).isTrue();
    // Raw U+2028 is valid JSON; the API serves no script context (JSONP) where it would not be.
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  private static void checkHit(JsonNode hit) {
    String highlight = hit.get("highlight").asText();
    String outside = highlight.replace("<mark>", "").replace("</mark>", "");
    assertThat(outside).as(highlight).doesNotContain("<", ">");
    assertThat(highlight.split("<mark>", -1).length)
        .as("marks balanced in %s", highlight)
        .isEqualTo(highlight.split("</mark>", -1).length);
    JsonNode source = hit.get("doc").get("source");
    if (source != null) {
      assertThat(source.asText()).as("doc.source").startsWith("https://");
    }
    assertThat(hit.get("url").asText()).as("url").startsWith("/p/").doesNotContain(":", "<", "\"");
  }

  private static JsonNode get(String pathAndQuery) {
    return server.getJson(pathAndQuery);
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}

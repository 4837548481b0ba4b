package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * {@code /feed.atom}: searches as Atom feeds, read back with a real feed library (Rome) on the real
 * NATO transcript plus a hostile fictional one.
 */
class FeedApiTest {
  private static final String BY = "Spokesperson Test Speaker of the Republic of Examplestan";
  private static final String HOSTILE_TITLE = "Briefing <b>bold</b> & \"quoted\" ]]>";
  private static final String HOSTILE_TEXT =
      "The embargo <script>alert('x')</script> & ]]> <img src=x onerror=alert(1)> stays.";

  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2022-03-02-hostile.txt", HOSTILE_TITLE, BY, "2 March 2022", List.of(HOSTILE_TEXT));
    server = TestServer.over(TestIndex.build(corpus.dir(), tmp.resolve("index"))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static SyndFeed parse(String xml) {
    try {
      return new SyndFeedInput().build(new StringReader(xml));
    } catch (FeedException e) {
      throw new AssertionError("not a valid feed: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static SyndFeed feed(String query) {
    HttpResponse<String> response = server.get("/feed.atom" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    return parse(response.body());
  }

  @Test
  void a_search_feed_is_atom_with_one_entry_per_paragraph_identified_by_its_permalink() {
    SyndFeed feed = feed("?q=ukraine");
    JsonNode search = server.getJson("/api/search?q=ukraine&sort=-indexed&size=20");

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Parley: \u201cukraine\u201d");
    List<String> expectedIds = new ArrayList<>();
    search
        .get("hits")
        .forEach(hit -> expectedIds.add(server.uri(hit.get("url").asText()).toString()));
    assertThat(expectedIds).hasSize(20);
    assertThat(feed.getEntries()).extracting(SyndEntry::getUri).isEqualTo(expectedIds);

    JsonNode firstHit = search.get("hits").get(0);
    SyndEntry first = feed.getEntries().get(0);
    assertThat(first.getLink()).isEqualTo(first.getUri());
    assertThat(first.getTitle())
        .isEqualTo(
            firstHit.get("speaker").asText() + ": " + firstHit.get("doc").get("title").asText());
    assertThat(first.getUpdatedDate().toInstant())
        .isEqualTo(Instant.parse(firstHit.get("first_indexed").asText()));
    assertThat(first.getPublishedDate().toInstant())
        .isEqualTo(
            LocalDate.parse(firstHit.get("date").asText())
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    assertThat(feed.getPublishedDate().toInstant()).isEqualTo(first.getUpdatedDate().toInstant());
    assertThat(first.getContents().get(0).getType()).isEqualTo("html");
    assertThat(first.getContents().get(0).getValue()).contains("<mark>");
  }

  @Test
  void the_feed_size_defaults_to_twenty_and_filters_apply_as_in_the_search_api() {
    assertThat(feed("").getEntries()).hasSize(20);
    assertThat(feed("?size=3&speaker=Jens%20Stoltenberg").getEntries())
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.getAuthor()).isEqualTo("Jens Stoltenberg"));
    assertThat(feed("?q=embargo&from=2030-01-01").getEntries()).isEmpty();
  }

  @Test
  void hostile_transcript_text_arrives_escaped_and_the_feed_still_parses() {
    HttpResponse<String> response = server.get("/feed.atom?q=embargo");
    assertThat(response.body())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>");
    SyndEntry entry = parse(response.body()).getEntries().get(0);

    assertThat(entry.getTitle()).isEqualTo("Test Speaker: " + HOSTILE_TITLE);
    String html = entry.getContents().get(0).getValue();
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script")
        .doesNotContain("<img");
  }

  @Test
  void a_reader_holding_the_etag_or_the_last_modified_date_gets_a_304() {
    HttpResponse<String> first = server.get("/feed.atom?q=nato");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<String> byTag = server.get("/feed.atom?q=nato", "If-None-Match", etag);
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).contains(etag);

    HttpResponse<String> byDate =
        server.get("/feed.atom?q=nato", "If-Modified-Since", lastModified);
    assertThat(byDate.statusCode()).isEqualTo(304);
    assertThat(byDate.headers().firstValue("Last-Modified")).contains(lastModified);

    assertThat(
            server
                .get("/feed.atom?q=nato", "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> otherQuery = server.get("/feed.atom?q=russia", "If-None-Match", etag);
    assertThat(otherQuery.statusCode()).isEqualTo(200);
  }

  @Test
  void a_bad_parameter_is_a_400_naming_it_as_in_the_api() {
    for (String[] bad :
        new String[][] {
          {"size=101", "size"}, {"role=king", "role"}, {"from=yesterday", "from"}, {"x=1", "x"}
        }) {
      HttpResponse<String> response = server.get("/feed.atom?" + bad[0]);
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(TestServer.json(response).get("error").get("param").asText()).isEqualTo(bad[1]);
    }
  }

  @Test
  void a_host_header_that_is_not_a_host_is_refused_rather_than_written_into_links()
      throws IOException {
    // Jetty refuses the grossly malformed ones itself; this one it lets through.
    String answer =
        server.raw(
            "GET /feed.atom HTTP/1.1\r\nHost: evil_host.example\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400").contains("bad_host").doesNotContain("evil_");
  }

  @Test
  void a_transcript_added_and_rebuilt_is_the_first_entry_though_its_statement_is_old()
      throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("growing")).withNatoTranscript();
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("growing-index"));
    try (TestServer growing = TestServer.over(index).start()) {
      HttpResponse<String> before = growing.get("/feed.atom");
      String etag = before.headers().firstValue("ETag").orElseThrow();
      Instant newestBefore = parse(before.body()).getEntries().get(0).getUpdatedDate().toInstant();

      corpus.transcript(
          "2001-03-04-archive-remarks.txt",
          "Archive remarks",
          BY,
          "4 March 2001",
          List.of("The fictional archive statement was added long after it was made."));
      TestIndex.rebuild(corpus.dir(), index, false);
      growing.stack().searchers().maybeRefreshBlocking();

      HttpResponse<String> after = growing.get("/feed.atom", "If-None-Match", etag);
      assertThat(after.statusCode()).isEqualTo(200);
      List<SyndEntry> entries = parse(after.body()).getEntries();
      SyndEntry added = entries.get(0);
      assertThat(added.getUri()).endsWith("/p/2001-03-04-archive-remarks-p1");
      assertThat(added.getPublishedDate().toInstant())
          .isEqualTo(Instant.parse("2001-03-04T00:00:00Z"));
      assertThat(added.getUpdatedDate().toInstant()).isAfter(newestBefore);
      assertThat(entries.subList(1, entries.size()))
          .allSatisfy(e -> assertThat(e.getUpdatedDate().toInstant()).isEqualTo(newestBefore));
    }
  }
}

package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * The search and browse endpoints over the real NATO press conference of 7 January 2022 plus two
 * short invented transcripts by a fictional speaker on other dates.
 */
class SearchApiTest {
  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2021-12-01-briefing.txt",
                "Press briefing",
                "Spokesperson Test Speaker of the Republic of Examplestan",
                "1 December 2021",
                List.of(
                    "Allies discussed arms control and the situation in Ukraine.",
                    "Allies also discussed their support for partners."))
            .transcript(
                "2022-02-15-remarks.txt",
                "Doorstep remarks",
                "Foreign Minister Test Official of the Republic of Examplestan",
                "15 February 2022",
                List.of(
                    "Ukraine must be free to choose its own path.",
                    "We remain ready for dialogue on arms control."));
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    server = TestServer.over(index).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode search(String query) {
    return server.getJson("/api/search?" + query);
  }

  private static List<String> ids(JsonNode response) {
    List<String> ids = new ArrayList<>();
    response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> values(JsonNode response, String field) {
    List<String> values = new ArrayList<>();
    response.get("hits").forEach(h -> values.add(h.path(field).asText(null)));
    return values;
  }

  @Test
  void quoted_hyphenated_phrase_returns_the_three_paragraphs_with_the_phrase_marked_as_one_unit() {
    JsonNode response = search("q=" + TestServer.encode("\"dual-track approach\""));
    assertThat(response.get("total").asInt()).isEqualTo(3);
    assertThat(response.get("hits")).hasSize(3);
    for (JsonNode hit : response.get("hits")) {
      assertThat(hit.get("highlight").asText()).contains("<mark>dual-track approach</mark>");
      assertThat(hit.get("speaker").asText()).isEqualTo("Jens Stoltenberg");
      assertThat(hit.get("date").asText()).isEqualTo("2022-01-07");
      JsonNode doc = hit.get("doc");
      assertThat(doc.get("file").asText()).isEqualTo(TestCorpus.NATO_FILE);
      assertThat(doc.get("organisation").asText()).isEqualTo("NATO");
      assertThat(doc.get("licence").asText()).contains("NATO");
      assertThat(hit.get("citation").asText()).contains("NATO", "7 January 2022", "para.");
      // A phrase is one required clause: every hit has it, so nothing is partial.
      assertThat(hit.get("all_terms").asBoolean()).isTrue();
      assertThat(hit.get("matched_terms").toString())
          .isEqualTo("[\"\\\"dual-track approach\\\"\"]");
    }
  }

  @Test
  void quoted_phrase_without_the_hyphen_returns_the_same_three_paragraphs() {
    JsonNode hyphen = search("q=" + TestServer.encode("\"dual-track approach\""));
    JsonNode space = search("q=" + TestServer.encode("\"dual track approach\""));
    assertThat(ids(space)).containsExactlyInAnyOrderElementsOf(ids(hyphen)).hasSize(3);
    for (JsonNode hit : space.get("hits")) {
      assertThat(hit.get("highlight").asText()).contains("<mark>dual-track approach</mark>");
    }
  }

  @Test
  void a_query_with_a_word_the_corpus_lacks_still_answers_with_partial_matches() {
    JsonNode response = search("q=" + TestServer.encode("Kazakhstan zanzibar") + "&size=100");
    assertThat(response.get("total").asInt()).isPositive();
    assertThat(response.get("all_terms_total").asInt()).isZero();
    for (JsonNode hit : response.get("hits")) {
      assertThat(hit.get("all_terms").asBoolean()).isFalse();
      assertThat(hit.get("matched_terms").toString()).isEqualTo("[\"Kazakhstan\"]");
      assertThat(hit.get("highlight").asText()).containsIgnoringCase("<mark>kazakhstan</mark>");
    }
  }

  @Test
  void paragraphs_with_every_word_rank_before_those_with_only_some() {
    JsonNode response = search("q=" + TestServer.encode("Kazakhstan violence") + "&size=100");
    int total = response.get("total").asInt();
    int allTerms = response.get("all_terms_total").asInt();
    assertThat(response.get("hits")).hasSize(total);
    assertThat(allTerms).isPositive().isLessThan(total);
    float lowestFull = Float.MAX_VALUE;
    float highestPartial = 0;
    for (int i = 0; i < total; i++) {
      JsonNode hit = response.get("hits").get(i);
      String text = hit.get("text").asText().toLowerCase(java.util.Locale.ROOT);
      if (i < allTerms) {
        assertThat(hit.get("all_terms").asBoolean()).as(text).isTrue();
        assertThat(text).contains("kazakhstan", "violence");
        assertThat(hit.get("matched_terms").toString()).isEqualTo("[\"Kazakhstan\",\"violence\"]");
        lowestFull = Math.min(lowestFull, hit.get("score").floatValue());
      } else {
        assertThat(hit.get("all_terms").asBoolean()).as(text).isFalse();
        assertThat(hit.get("matched_terms")).hasSize(1);
        highestPartial = Math.max(highestPartial, hit.get("score").floatValue());
      }
    }
    // Each word matched is a tier of its own: a full match outscores every partial one by a tier.
    assertThat(lowestFull).isGreaterThan(highestPartial + 500f);
  }

  @Test
  void a_single_word_query_has_no_all_terms_total_and_no_explain_unless_asked() {
    JsonNode response = search("q=kazakhstan");
    assertThat(response.has("all_terms_total")).isFalse();
    assertThat(response.get("hits").get(0).has("explain")).isFalse();
    JsonNode explained = search("q=" + TestServer.encode("Kazakhstan violence") + "&explain=true");
    for (JsonNode hit : explained.get("hits")) {
      JsonNode explain = hit.get("explain");
      assertThat(explain.get("value").floatValue())
          .isCloseTo(hit.get("score").floatValue(), org.assertj.core.data.Offset.offset(0.01f));
      assertThat(explain.get("description").asText()).isNotBlank();
      assertThat(explain.get("parts")).isNotEmpty();
    }
  }

  @Test
  void an_acronym_finds_its_long_form_and_is_listed_as_an_expansion() {
    JsonNode response = search("q=NRC&size=100");
    assertThat(response.get("total").asInt()).isGreaterThanOrEqualTo(5);
    for (JsonNode hit : response.get("hits")) {
      // Max Delany's question writes it "NATO-Russia-Council".
      assertThat(hit.get("highlight").asText())
          .containsPattern("<mark>NATO-Russia[- ]Council</mark>");
    }
    assertThat(response.get("expansions").toString())
        .contains(
            "{\"term\":\"NRC\",\"expansion\":\"NATO-Russia Council\",\"source\":\"acronyms\"}");
  }

  @Test
  void speaker_filter_returns_only_that_speakers_paragraphs() {
    JsonNode response = search("speaker=" + TestServer.encode("Oana Lungescu") + "&size=100");
    assertThat(response.get("total").asInt()).isPositive();
    assertThat(values(response, "speaker")).containsOnly("Oana Lungescu");
  }

  @Test
  void values_of_one_filter_are_ored_and_different_filters_anded() {
    JsonNode either =
        search(
            "speaker="
                + TestServer.encode("Oana Lungescu")
                + "&speaker="
                + TestServer.encode("Max Delany")
                + "&size=100");
    assertThat(values(either, "speaker")).containsOnly("Oana Lungescu", "Max Delany");
    assertThat(either.get("total").asInt())
        .isEqualTo(
            search("speaker=" + TestServer.encode("Oana Lungescu")).get("total").asInt()
                + search("speaker=" + TestServer.encode("Max Delany")).get("total").asInt());

    JsonNode both =
        search("speaker=" + TestServer.encode("Jens Stoltenberg") + "&topic=Kazakhstan&size=100");
    assertThat(both.get("total").asInt()).isPositive();
    for (JsonNode hit : both.get("hits")) {
      assertThat(hit.get("speaker").asText()).isEqualTo("Jens Stoltenberg");
      assertThat(hit.get("topics").toString()).contains("Kazakhstan");
    }
  }

  @Test
  void topic_filter_returns_only_paragraphs_tagged_with_the_topic() {
    JsonNode response = search("topic=" + TestServer.encode("arms control") + "&size=100");
    assertThat(response.get("total").asInt()).isGreaterThanOrEqualTo(2);
    for (JsonNode hit : response.get("hits")) {
      assertThat(hit.get("topics").toString()).contains("\"arms control\"");
    }
  }

  @Test
  void role_filter_accepts_repeated_and_comma_separated_values() {
    JsonNode journalists = search("role=journalist&size=100");
    assertThat(journalists.get("total").asInt()).isPositive();
    assertThat(values(journalists, "role")).containsOnly("journalist");

    JsonNode commas = search("role=journalist,moderator&size=100");
    JsonNode repeated = search("role=journalist&role=moderator&size=100");
    assertThat(values(commas, "role")).containsOnly("journalist", "moderator");
    assertThat(ids(commas)).isEqualTo(ids(repeated));
  }

  @Test
  void date_range_is_inclusive_at_both_ends() {
    JsonNode day = search("from=2022-01-07&to=2022-01-07&size=100");
    assertThat(values(day, "date")).containsOnly("2022-01-07");
    assertThat(day.get("total").asInt()).isEqualTo(TestCorpus.NATO_PARAGRAPHS);

    JsonNode fromFeb = search("from=2022-02-15&size=100");
    assertThat(values(fromFeb, "date")).containsOnly("2022-02-15");
    assertThat(fromFeb.get("total").asInt()).isEqualTo(2);

    JsonNode toDec = search("to=2021-12-01&size=100");
    assertThat(values(toDec, "date")).containsOnly("2021-12-01");
    assertThat(toDec.get("total").asInt()).isEqualTo(2);
  }

  @Test
  void facets_are_disjunctive_so_filtering_a_speaker_leaves_other_speakers_counts_unchanged() {
    JsonNode all = search("q=nato&facets=speaker,topic");
    JsonNode filtered =
        search("q=nato&facets=speaker,topic&speaker=" + TestServer.encode("Oana Lungescu"));
    assertThat(filtered.get("facets").get("speaker")).isEqualTo(all.get("facets").get("speaker"));
    assertThat(all.get("facets").get("speaker").size()).isGreaterThan(1);
    // The other facets do narrow to the chosen speaker.
    long filteredTopicTotal = 0;
    for (JsonNode bucket : filtered.get("facets").get("topic")) {
      filteredTopicTotal += bucket.get("count").asLong();
    }
    long allTopicTotal = 0;
    for (JsonNode bucket : all.get("facets").get("topic")) {
      allTopicTotal += bucket.get("count").asLong();
    }
    assertThat(filteredTopicTotal).isLessThan(allTopicTotal);
  }

  @Test
  void facets_may_be_listed_with_commas_or_repeated() {
    JsonNode commas = search("q=ukraine&facets=speaker,year,month");
    JsonNode repeated = search("q=ukraine&facets=speaker&facets=year&facets=month");
    assertThat(commas.get("facets")).isEqualTo(repeated.get("facets"));
    assertThat(commas.get("facets").get("year").toString()).contains("\"2021\"", "\"2022\"");
    assertThat(commas.get("facets").get("month").toString()).contains("\"2022-02\"");
  }

  @Test
  void doc_filter_returns_only_that_documents_paragraphs() {
    JsonNode response = search("doc=2022-02-15-remarks&doc=2021-12-01-briefing&size=100");
    assertThat(response.get("total").asInt()).isEqualTo(4);
    for (JsonNode hit : response.get("hits")) {
      assertThat(hit.get("doc").get("id").asText())
          .isIn("2022-02-15-remarks", "2021-12-01-briefing");
    }
  }

  @Test
  void sort_by_date_orders_oldest_first_and_minus_date_newest_first() {
    List<String> ascending = values(search("q=ukraine&sort=date&size=100"), "date");
    List<String> descending = values(search("q=ukraine&sort=-date&size=100"), "date");
    assertThat(ascending).isSorted().first().isEqualTo("2021-12-01");
    assertThat(descending.reversed()).isSorted();
    assertThat(descending.get(0)).isEqualTo("2022-02-15");
  }

  @Test
  void an_empty_query_lists_everything_newest_first() {
    JsonNode response = search("size=100");
    assertThat(response.get("total").asInt()).isEqualTo(response.get("hits").size());
    assertThat(values(response, "date").reversed()).isSorted();
  }

  @Test
  void pages_one_and_two_equal_the_start_of_one_big_page_without_duplicates() {
    for (String order : List.of("relevance", "date", "-date")) {
      String base = "q=nato&sort=" + order;
      List<String> big = ids(search(base + "&size=10"));
      List<String> page1 = ids(search(base + "&size=5&page=1"));
      List<String> page2 = ids(search(base + "&size=5&page=2"));
      List<String> joined = new ArrayList<>(page1);
      joined.addAll(page2);
      assertThat(joined).as(order).isEqualTo(big).doesNotHaveDuplicates().hasSize(10);
    }
  }

  @Test
  void an_answer_carries_the_question_it_responds_to() {
    JsonNode response = search("q=" + TestServer.encode("\"Helsinki Final Act\""));
    assertThat(response.get("hits")).hasSize(1);
    JsonNode hit = response.get("hits").get(0);
    assertThat(hit.get("speaker").asText()).isEqualTo("Jens Stoltenberg");
    JsonNode question = hit.get("question");
    assertThat(question.get("speaker").asText()).isEqualTo("Max Delany");
    assertThat(question.get("outlet").asText()).isEqualTo("AFP");
    assertThat(question.get("text").asText()).contains("open door policy is non-negotiable");
  }

  @Test
  void paragraph_endpoint_returns_the_paragraph_with_its_context() {
    String id = ids(search("q=" + TestServer.encode("\"Helsinki Final Act\""))).get(0);
    JsonNode context = server.getJson("/api/paragraphs/" + id + "?context=2");
    JsonNode paragraph = context.get("paragraph");
    assertThat(paragraph.get("id").asText()).isEqualTo(id);
    int n = paragraph.get("paragraph").asInt();
    assertThat(context.get("before")).hasSize(2);
    assertThat(context.get("after")).hasSize(2);
    assertThat(context.get("before").get(0).get("paragraph").asInt()).isEqualTo(n - 2);
    assertThat(context.get("before").get(1).get("paragraph").asInt()).isEqualTo(n - 1);
    assertThat(context.get("after").get(0).get("paragraph").asInt()).isEqualTo(n + 1);
    assertThat(context.get("before").get(1).get("speaker").asText()).isEqualTo("Max Delany");
    assertThat(context.get("doc").get("id").asText())
        .isEqualTo(paragraph.get("doc").get("id").asText());
    assertThat(server.getJson("/api/paragraphs/" + id).get("before")).hasSize(2);
    assertThat(server.getJson("/api/paragraphs/" + id + "?context=0").get("before")).isEmpty();
  }

  @Test
  void document_endpoint_returns_every_paragraph_in_order() {
    JsonNode hit = search("q=" + TestServer.encode("\"Helsinki Final Act\"")).get("hits").get(0);
    String docId = hit.get("doc").get("id").asText();
    JsonNode document = server.getJson("/api/documents/" + docId);
    assertThat(document.get("doc").get("title").asText()).isEqualTo("Press conference");
    List<Integer> ordinals = new ArrayList<>();
    document.get("paragraphs").forEach(p -> ordinals.add(p.get("paragraph").asInt()));
    assertThat(ordinals).hasSize(TestCorpus.NATO_PARAGRAPHS).isSorted().doesNotHaveDuplicates();
    assertThat(ordinals.get(0)).isEqualTo(1);
  }

  @Test
  void unknown_paragraph_and_document_ids_are_404_json() {
    for (String path : List.of("/api/paragraphs/no-such-p1", "/api/documents/no-such-document")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.statusCode()).isEqualTo(404);
      JsonNode error = TestServer.json(response).get("error");
      assertThat(error.get("status").asInt()).isEqualTo(404);
      assertThat(error.get("code").asText()).isEqualTo("not_found");
      assertThat(error.get("message").asText()).doesNotContain("no-such");
    }
  }

  @Test
  void suggest_completes_phrases_speakers_topics_and_words() {
    JsonNode dual = server.getJson("/api/suggest?q=dual%20tr");
    assertThat(dual.get("query").asText()).isEqualTo("dual tr");
    assertThat(dual.get("suggestions").toString())
        .contains("{\"text\":\"dual-track approach\",\"kind\":\"phrase\"}");

    assertThat(server.getJson("/api/suggest?q=stolt").get("suggestions").toString())
        .contains("{\"text\":\"Jens Stoltenberg\",\"kind\":\"speaker\"}");
    assertThat(server.getJson("/api/suggest?q=Kaza").get("suggestions").toString())
        .contains("{\"text\":\"Kazakhstan\",\"kind\":\"topic\"}")
        .contains("{\"text\":\"kazakhstan\",\"kind\":\"term\"}");
    assertThat(server.getJson("/api/suggest?q=russia%20deter").get("suggestions").toString())
        .contains("{\"text\":\"russia deterrence\",\"kind\":\"term\"}");
    assertThat(server.getJson("/api/suggest?q=zzzz").get("suggestions")).isEmpty();
    assertThat(server.getJson("/api/suggest?q=").get("suggestions")).isEmpty();
    assertThat(server.getJson("/api/suggest?q=a&size=3").get("suggestions").size())
        .isLessThanOrEqualTo(3);
  }

  @Test
  void suggest_builds_its_completions_once_per_generation_not_per_request() {
    // Counted, not timed: a rebuild per request would log one build per request.
    server.getJson("/api/suggest?q=ukr");
    ch.qos.logback.classic.Logger log =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.parley.search.SuggestService.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> builds =
        new ch.qos.logback.core.read.ListAppender<>();
    builds.start();
    log.addAppender(builds);
    try {
      for (int i = 0; i < 25; i++) {
        server.getJson("/api/suggest?q=" + "abcdefghijklmnopqrstuvwxy".charAt(i));
      }
    } finally {
      log.detachAppender(builds);
    }
    assertThat(builds.list)
        .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.startsWith("completions for"));
  }

  @Test
  void speakers_are_listed_with_their_paragraph_counts_most_first() {
    JsonNode speakers = server.getJson("/api/speakers").get("speakers");
    assertThat(speakers.get(0).get("name").asText()).isEqualTo("Jens Stoltenberg");
    List<Long> counts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    speakers.forEach(
        s -> {
          counts.add(s.get("count").asLong());
          names.add(s.get("name").asText());
        });
    assertThat(counts.reversed()).isSorted();
    assertThat(names).contains("Oana Lungescu", "Max Delany", "James Marson");
  }

  @Test
  void topics_carry_their_counts_and_descriptions_from_the_config() {
    JsonNode topics = server.getJson("/api/topics").get("topics");
    JsonNode kazakhstan = null;
    for (JsonNode topic : topics) {
      if (topic.get("name").asText().equals("Kazakhstan")) {
        kazakhstan = topic;
      }
    }
    assertThat(kazakhstan).isNotNull();
    assertThat(kazakhstan.get("count").asInt()).isEqualTo(4);
    assertThat(kazakhstan.get("description").asText()).contains("CSTO");
    assertThat(topics.size()).isEqualTo(TestIndex.config().topics().topics().size());
  }

  @Test
  void health_and_stats_name_the_live_generation() {
    JsonNode health = server.getJson("/api/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("generation").asText()).isEqualTo("gen-000001");
    JsonNode stats = server.getJson("/api/stats");
    assertThat(stats.get("generation").asText()).isEqualTo("gen-000001");
    assertThat(stats.get("documents").asInt()).isEqualTo(3);
    assertThat(stats.get("paragraphs").asInt()).isEqualTo(TestCorpus.NATO_PARAGRAPHS + 4);
    assertThat(stats.get("built_at").asText()).isNotBlank();
  }

  @Test
  void openapi_describes_every_route_and_parameter_from_the_same_declarations() {
    JsonNode doc = server.getJson("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    JsonNode paths = doc.get("paths");
    for (String path :
        List.of(
            "/api/search",
            "/api/paragraphs/{id}",
            "/api/documents/{id}",
            "/api/export",
            "/api/suggest",
            "/api/speakers",
            "/api/topics",
            "/api/health",
            "/api/stats",
            "/api/openapi.json")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    List<String> searchParams = new ArrayList<>();
    paths
        .get("/api/search")
        .get("get")
        .get("parameters")
        .forEach(p -> searchParams.add(p.get("name").asText()));
    List<String> declared = SearchParams.ALL.stream().map(Param::name).toList();
    assertThat(searchParams).isEqualTo(declared);
    JsonNode size =
        paths.get("/api/search").get("get").get("parameters").get(declared.indexOf("size"));
    assertThat(size.get("schema").get("maximum").asInt()).isEqualTo(100);
    assertThat(size.get("schema").get("default").asInt()).isEqualTo(10);
    JsonNode format = paths.get("/api/export").get("get").get("parameters");
    assertThat(format.toString()).contains("\"enum\":[\"csv\",\"jsonl\"]");
  }

  @Test
  void etag_names_the_generation_and_a_matching_if_none_match_gets_304() {
    HttpResponse<String> first = server.get("/api/search?q=ukraine");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("W/\"gen-000001-");
    assertThat(ETags.generationOf(etag)).isEqualTo("gen-000001");
    HttpResponse<String> again = server.get("/api/search?q=ukraine", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);
    HttpResponse<String> other = server.get("/api/search?q=russia", "If-None-Match", etag);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
  }

  @Test
  void large_responses_are_gzipped_when_the_client_accepts_it() throws IOException {
    HttpResponse<byte[]> zipped = server.getBytes("/api/search?size=50", "Accept-Encoding", "gzip");
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    String body;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(body).startsWith("{\"query\"");
    HttpResponse<byte[]> plain = server.getBytes("/api/search?size=50");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    JsonNode unzipped = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    JsonNode direct =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(new String(plain.body(), StandardCharsets.UTF_8));
    assertThat(unzipped.get("hits").equals(direct.get("hits"))).isTrue();
  }

  @Test
  void every_response_carries_the_security_headers_and_no_server_version() {
    for (String path : List.of("/api/search?q=nato", "/api/nowhere", "/api/search?size=0", "/")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
      assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .as(path)
          .startsWith("application/json");
    }
    HttpResponse<String> json = server.get("/api/search?q=nato");
    assertThat(json.headers().firstValue("Cache-Control")).contains("no-cache");
  }

  @Test
  void head_answers_with_the_headers_of_get_and_no_body() {
    HttpResponse<String> head =
        server.send(
            server
                .request("/api/search?q=nato")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isPresent();
    assertThat(head.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
  }
}

package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.BuildOptions;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;
import org.parley.testing.TestCorpus;

/**
 * Search over the real NATO press conference of 7 January 2022, through the service the CLI and
 * HTTP API share.
 */
class SearchServiceTest {
  @TempDir static Path tmp;
  private static SearchStack stack;

  @BeforeAll
  static void indexTheNatoTranscript() throws IOException {
    Path corpus = TestCorpus.in(tmp.resolve("corpus")).withNatoTranscript().dir();
    Path indexDir = tmp.resolve("index");
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis())) {
      new IndexBuilder(config, analyzers, new IndexGenerations(indexDir))
          .build(new BuildOptions(corpus, true, false, false));
    }
    stack = SearchStack.open(indexDir, config, 0);
  }

  @AfterAll
  static void close() throws IOException {
    stack.close();
  }

  private static SearchRequest request(String q) {
    return SearchRequest.of(q);
  }

  private static SearchRequest.Builder with(String q) {
    return new SearchRequest.Builder(q);
  }

  private static SearchResponse search(SearchRequest request) throws IOException {
    return stack.search().search(request);
  }

  @Test
  void quoted_phrase_with_spaces_finds_the_three_hyphenated_paragraphs_marked_as_one_unit()
      throws IOException {
    SearchResponse response = search(request("\"dual track approach\""));
    assertThat(response.total()).isEqualTo(3);
    assertThat(response.totalRelation()).isEqualTo("eq");
    for (Hit hit : response.hits()) {
      assertThat(hit.speaker()).isEqualTo("Jens Stoltenberg");
      assertThat(hit.date()).isEqualTo("2022-01-07");
      assertThat(hit.highlight()).contains("<mark>dual-track approach</mark>");
    }
  }

  @Test
  void hyphenated_and_non_breaking_hyphen_queries_find_the_same_paragraphs() throws IOException {
    List<String> expected = ids(search(request("\"dual track approach\"")));
    assertThat(ids(search(request("dual-track approach")))).isEqualTo(expected);
    assertThat(ids(search(request("\"dual\u2011track approach\"")))).isEqualTo(expected);
  }

  @Test
  void british_query_finds_the_same_as_american() throws IOException {
    assertThat(ids(search(request("defense")))).isEqualTo(ids(search(request("defence"))));
  }

  @Test
  void synonym_finds_the_spelled_out_council() throws IOException {
    SearchResponse response = search(request("NRC"));
    assertThat(response.hits()).isNotEmpty();
    assertThat(response.hits().get(0).highlight()).contains("<mark>NATO-Russia Council</mark>");
    assertThat(response.expansions())
        .contains(new Expansion("NRC", "NATO-Russia Council", "acronyms"));
  }

  @Test
  void article_ten_does_not_match_other_numbers() throws IOException {
    assertThat(search(request("\"Article 10\"")).total()).isEqualTo(1);
    assertThat(search(request("\"Article 11\"")).total()).isZero();
  }

  @Test
  void an_answer_knows_the_question_it_answers() throws IOException {
    SearchResponse response = search(request("\"Helsinki Final Act\""));
    Hit answer = response.hits().get(0);
    assertThat(answer.speaker()).isEqualTo("Jens Stoltenberg");
    assertThat(answer.question()).isNotNull();
    assertThat(answer.question().outlet()).isEqualTo("AFP");
    assertThat(answer.question().speaker()).isEqualTo("Max Delany");
    assertThat(answer.question().text()).contains("open door policy is non-negotiable");
  }

  @Test
  void speaker_role_topic_and_date_filters_narrow_the_hits() throws IOException {
    long all = search(request("NATO")).total();
    long journalists = search(with("NATO").roles("journalist").build()).total();
    assertThat(journalists).isPositive().isLessThan(all);
    SearchResponse lungescu = search(with("").speakers("Oana Lungescu").build());
    assertThat(lungescu.hits()).allMatch(h -> "Oana Lungescu".equals(h.speaker()));
    assertThat(lungescu.hits()).allMatch(h -> h.role().equals("moderator"));
    assertThat(search(with("").topics("Kazakhstan").build()).hits())
        .allMatch(h -> h.topics().contains("Kazakhstan"));
    assertThat(search(with("NATO").dates(LocalDate.of(2022, 1, 8), null).build()).total()).isZero();
    assertThat(
            search(with("NATO").dates(LocalDate.of(2022, 1, 7), LocalDate.of(2022, 1, 7)).build())
                .total())
        .isEqualTo(all);
  }

  @Test
  void speaker_facet_is_disjunctive() throws IOException {
    SearchResponse unfiltered =
        search(with("Russia").facets(FacetField.SPEAKER, FacetField.TOPIC).build());
    SearchResponse filtered =
        search(
            with("Russia")
                .speakers("Max Delany")
                .facets(FacetField.SPEAKER, FacetField.TOPIC)
                .build());
    assertThat(filtered.facets().get("speaker")).isEqualTo(unfiltered.facets().get("speaker"));
    assertThat(filtered.total()).isLessThan(unfiltered.total());
    long topicSum = filtered.facets().get("topic").stream().mapToLong(FacetValue::count).sum();
    assertThat(topicSum)
        .isLessThanOrEqualTo(
            unfiltered.facets().get("topic").stream().mapToLong(FacetValue::count).sum());
  }

  @Test
  void month_facet_serves_the_trend() throws IOException {
    SearchResponse response =
        search(with("NATO").facets(FacetField.MONTH, FacetField.YEAR).build());
    assertThat(response.facets().get("month"))
        .containsExactly(new FacetValue("2022-01", response.total()));
    assertThat(response.facets().get("year"))
        .containsExactly(new FacetValue("2022", response.total()));
  }

  @Test
  void pages_are_stable_and_do_not_overlap() throws IOException {
    List<String> big = ids(search(with("Russia").size(20).build()));
    List<String> pages = new ArrayList<>(ids(search(with("Russia").size(5).page(1).build())));
    pages.addAll(ids(search(with("Russia").size(5).page(2).build())));
    assertThat(pages).doesNotHaveDuplicates().isEqualTo(big.subList(0, 10));
  }

  @Test
  void filter_only_search_shows_the_paragraph_start_newest_first() throws IOException {
    SearchResponse response = search(with("").topics("Kazakhstan").build());
    assertThat(response.hits()).isNotEmpty();
    assertThat(response.hits().get(0).highlight()).doesNotContain("<mark>").isNotBlank();
  }

  @Test
  void deep_page_is_refused_naming_page() {
    assertThatThrownBy(() -> search(with("NATO").size(100).page(101).build()))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).param())
        .isEqualTo("page");
  }

  @Test
  void malformed_syntax_is_searched_leniently() throws IOException {
    assertThat(search(request("\"dual track approach")).total()).isEqualTo(3);
    assertThat(search(request("(arms control")).total()).isPositive();
    assertThat(search(request("AND OR NOT")).hits()).isNotNull();
  }

  @Test
  void export_streams_every_match_in_order() throws IOException {
    List<String> exported = new ArrayList<>();
    long n = stack.browse().export(with("Russia").build(), hit -> exported.add(hit.id()));
    assertThat(n).isEqualTo(search(request("Russia")).total());
    assertThat(exported.subList(0, 10)).isEqualTo(ids(search(request("Russia"))));
  }

  @Test
  void paragraph_context_gives_neighbours_in_order() throws IOException {
    Hit hit = search(request("\"Helsinki Final Act\"")).hits().get(0);
    ParagraphContext context = stack.browse().paragraph(hit.id(), 2).orElseThrow();
    assertThat(context.before())
        .extracting(Hit::paragraph)
        .containsExactly(hit.paragraph() - 2, hit.paragraph() - 1);
    assertThat(context.after())
        .extracting(Hit::paragraph)
        .containsExactly(hit.paragraph() + 1, hit.paragraph() + 2);
    assertThat(stack.browse().paragraph("no-such-id", 2)).isEmpty();
  }

  @Test
  void citation_names_speaker_occasion_date_and_paragraph() throws IOException {
    Hit hit = search(request("\"dual track approach\"")).hits().get(0);
    assertThat(hit.citation())
        .isEqualTo(
            "Jens Stoltenberg, Press conference following the extraordinary meeting of NATO"
                + " Ministers of Foreign Affairs, NATO, 7 January 2022, para. "
                + hit.paragraph());
    assertThat(hit.doc().organisation()).isEqualTo("NATO");
    assertThat(hit.doc().file()).isEqualTo(TestCorpus.NATO_FILE);
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }
}

package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;

/**
 * Relaxed matching, end to end through {@link SearchService}: soft words, the all-words tier,
 * required, excluded and grouped clauses, compounds joined and split, acronyms and word families.
 * Over the real NATO press conference of 7 January 2022 plus one invented briefing by a fictional
 * speaker whose only purpose is to spell compounds both ways.
 */
class RelaxedMatchingTest {
  @TempDir static Path tmp;
  private static SearchStack stack;

  @BeforeAll
  static void index() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .withNatoTranscript()
            .transcript(
                "2023-03-01-test-briefing.txt",
                "Test briefing",
                "Spokesperson Test Speaker of the Republic of Examplestan",
                "1 March 2023",
                List.of(
                    "Examplestan sends officers to peace keeping missions every year.",
                    "Our peacekeeping contingent in Testland returned home in spring.",
                    "The ministry of Examplestan reported a cyber attack on its servers.",
                    "A cyberattack closed the port of Testhaven for a day."));
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    stack = SearchStack.open(index, TestIndex.config(), 0);
  }

  @AfterAll
  static void close() throws IOException {
    stack.close();
  }

  private static SearchResponse search(String q) throws IOException {
    return stack.search().search(new SearchRequest.Builder(q).size(100).build());
  }

  private static List<String> texts(SearchResponse response) {
    return response.hits().stream().map(h -> h.text().toLowerCase(Locale.ROOT)).toList();
  }

  @Test
  void a_word_absent_from_the_corpus_does_not_empty_the_answer() throws IOException {
    SearchResponse response = search("Kazakhstan zanzibar");
    assertThat(response.total()).isEqualTo(search("Kazakhstan").total()).isPositive();
    assertThat(response.allTermsTotal()).isZero();
    assertThat(response.hits()).allSatisfy(h -> assertThat(h.allTerms()).isFalse());
    assertThat(response.hits())
        .allSatisfy(h -> assertThat(h.matchedTerms()).containsExactly("Kazakhstan"));
  }

  @Test
  void paragraphs_with_every_word_come_first_then_partial_matches() throws IOException {
    SearchResponse response = search("Kazakhstan violence");
    long allTerms = response.allTermsTotal();
    assertThat(allTerms).isPositive().isLessThan(response.total());
    List<Hit> hits = response.hits();
    assertThat(hits).hasSize((int) response.total());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String text = hit.text().toLowerCase(Locale.ROOT);
      boolean both = text.contains("kazakhstan") && text.contains("violence");
      assertThat(hit.allTerms()).as(text).isEqualTo(both).isEqualTo(i < allTerms);
      if (both) {
        assertThat(hit.matchedTerms()).containsExactly("Kazakhstan", "violence");
      } else {
        assertThat(hit.matchedTerms()).hasSize(1);
      }
    }
    // Each word matched is a constant tier, so every full match outscores every partial one.
    assertThat(hits.get((int) allTerms - 1).score())
        .isGreaterThan(hits.get((int) allTerms).score() + QueryFactory.WORD_TIER / 2);
  }

  @Test
  void a_clause_of_punctuation_alone_changes_nothing() throws IOException {
    SearchResponse plain = search("Kazakhstan violence");
    SearchResponse dashed = search("Kazakhstan violence —");
    assertThat(dashed.allTermsTotal()).isEqualTo(plain.allTermsTotal()).isPositive();
    assertThat(dashed.hits().stream().map(Hit::id).toList())
        .isEqualTo(plain.hits().stream().map(Hit::id).toList());
  }

  @Test
  void required_excluded_grouped_and_alternative_clauses_are_honoured() throws IOException {
    assertThat(texts(search("+Kazakhstan violence")))
        .isNotEmpty()
        .allMatch(t -> t.contains("kazakhstan"));
    assertThat(texts(search("Kazakhstan -violence")))
        .isNotEmpty()
        .allMatch(t -> t.contains("kazakhstan") && !t.contains("violence"));
    assertThat(texts(search("(Kazakhstan violence)")))
        .isNotEmpty()
        .allMatch(t -> t.contains("kazakhstan") && t.contains("violence"));
    assertThat(texts(search("Kazakhstan OR Kuleba")))
        .anyMatch(t -> t.contains("kuleba"))
        .anyMatch(t -> t.contains("kazakhstan"))
        .allMatch(t -> t.contains("kazakhstan") || t.contains("kuleba"));
    assertThat(search("\"Kazakhstan violence\"").total()).isZero();
  }

  @Test
  void the_quoted_dual_track_approach_finds_stoltenbergs_three_paragraphs() throws IOException {
    SearchResponse response = search("\"dual-track approach\"");
    assertThat(response.total()).isEqualTo(3);
    assertThat(response.hits())
        .allSatisfy(
            h -> {
              assertThat(h.speaker()).isEqualTo("Jens Stoltenberg");
              assertThat(h.date()).isEqualTo("2022-01-07");
              assertThat(h.doc().file()).isEqualTo(TestCorpus.NATO_FILE);
              assertThat(h.doc().organisation()).isEqualTo("NATO");
              assertThat(h.text()).contains("dual-track approach");
            });
  }

  @Test
  void a_hyphenated_word_is_found_joined_and_a_joined_query_finds_it_hyphenated()
      throws IOException {
    SearchResponse joined = search("deescalate");
    assertThat(texts(joined)).isNotEmpty().allMatch(t -> t.contains("de-escalate"));
    SearchResponse hyphenated = search("de-escalate");
    assertThat(hyphenated.hits()).extracting(Hit::id).isEqualTo(ids(joined));
    assertThat(hyphenated.expansions())
        .contains(new Expansion("de-escalate", "deescalate", "compound"));
    // Two words typed apart find the hyphenated compound through its joined form.
    SearchResponse twoWords = search("build up");
    assertThat(twoWords.expansions()).contains(new Expansion("build up", "buildup", "compound"));
    assertThat(twoWords.hits().get(0).text()).contains("build-up");
    assertThat(twoWords.hits().get(0).allTerms()).isTrue();
  }

  @Test
  void a_compound_is_found_split_and_two_words_are_found_joined() throws IOException {
    SearchResponse oneWord = search("peacekeeping");
    assertThat(texts(oneWord))
        .anyMatch(t -> t.contains("peace keeping"))
        .anyMatch(t -> t.contains("peacekeeping"));
    assertThat(oneWord.expansions())
        .contains(new Expansion("peacekeeping", "peace keeping", "compound"));

    SearchResponse twoWords = search("cyber attack");
    assertThat(twoWords.expansions())
        .contains(new Expansion("cyber attack", "cyberattack", "compound"));
    List<Hit> both =
        twoWords.hits().stream()
            .filter(h -> h.text().contains("cyber attack") || h.text().contains("cyberattack"))
            .toList();
    assertThat(both).hasSize(2).allSatisfy(h -> assertThat(h.allTerms()).isTrue());
    assertThat(twoWords.hits().subList(0, 2)).containsExactlyInAnyOrderElementsOf(both);
  }

  @Test
  void an_acronym_finds_the_nato_russia_council() throws IOException {
    SearchResponse response = search("NRC");
    assertThat(response.expansions())
        .contains(new Expansion("NRC", "NATO-Russia Council", "acronyms"));
    assertThat(texts(response))
        .hasSizeGreaterThanOrEqualTo(5)
        .allMatch(t -> t.contains("nato-russia"));
    assertThat(response.hits())
        .allSatisfy(h -> assertThat(h.doc().file()).isEqualTo(TestCorpus.NATO_FILE));
  }

  @Test
  void a_word_family_widens_russian_to_russia_below_the_word_as_typed() throws IOException {
    SearchResponse response = search("Russian");
    assertThat(response.expansions()).contains(new Expansion("Russian", "russia", "word family"));
    List<String> texts = texts(response);
    assertThat(texts)
        .anyMatch(t -> t.contains("russia") && !t.contains("russian"))
        .anyMatch(t -> t.contains("russian"));
    // The word as typed weighs more than its relative.
    assertThat(texts.get(0)).contains("russian");
    assertThat(response.total()).isGreaterThan(search("\"Russian\"").total());
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }
}

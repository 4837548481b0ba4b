package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;

/**
 * Phrase history over invented briefings by fictional speakers on fictional dates: one phrase
 * ("green corridor accord") and exactly two variants, one with a word substituted ("green corridor
 * pact") and one with a word inserted ("green maritime corridor accord"), so that first uses,
 * adopters and variants are known in advance.
 */
class PhraseHistoryTest {
  @TempDir static Path tmp;
  private static SearchStack stack;

  @BeforeAll
  static void index() throws IOException {
    TestCorpus corpus =
        TestCorpus.in(tmp.resolve("corpus"))
            .transcript(
                "2019-03-01-first-briefing.txt",
                "First test briefing",
                "Spokesperson Test Speaker of the Republic of Examplestan",
                "1 March 2019",
                List.of(
                    "Examplestan proposes a green corridor accord for the port of Testhaven.",
                    "The weather in Testhaven was mild."))
            .transcript(
                "2020-06-15-second-briefing.txt",
                "Second test briefing",
                "Minister Sample Person of the Republic of Testland",
                "15 June 2020",
                List.of(
                    "Testland supports the green corridor accord. It is a good start.",
                    "We would rather call it a green corridor pact between neighbours."))
            .transcript(
                "2021-01-10-third-briefing.txt",
                "Third test briefing",
                "Spokesperson Test Speaker of the Republic of Examplestan",
                "10 January 2021",
                List.of(
                    "A green maritime corridor accord would cover the coast as well.",
                    "Green corridor accord talks resume in spring."))
            .transcript(
                "2021-02-20-fourth-briefing.txt",
                "Fourth test briefing",
                "Minister Sample Person of the Republic of Testland",
                "20 February 2021",
                List.of(
                    "The green corridor pact holds. Testland signs the green corridor accord."));
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    stack = SearchStack.open(index, TestIndex.config(), 0);
  }

  @AfterAll
  static void close() throws IOException {
    stack.close();
  }

  private static PhraseHistory history(String q) throws IOException {
    return stack.phrases().history(SearchRequest.of(q));
  }

  @Test
  void first_and_last_use_name_speaker_date_document_and_sentence() throws IOException {
    PhraseHistory h = history("\"green corridor accord\"");
    assertThat(h.total()).isEqualTo(4);
    assertThat(h.first().date()).isEqualTo("2019-03-01");
    assertThat(h.first().speaker()).isEqualTo("Test Speaker");
    assertThat(h.first().docTitle()).isEqualTo("First test briefing");
    assertThat(h.first().url()).isEqualTo("/p/" + h.first().paragraphId());
    assertThat(h.first().sentence())
        .isEqualTo("Examplestan proposes a green corridor accord for the port of Testhaven.");
    assertThat(h.last().date()).isEqualTo("2021-02-20");
    assertThat(h.last().sentence()).isEqualTo("Testland signs the green corridor accord.");
  }

  @Test
  void uses_are_counted_by_year_and_month() throws IOException {
    PhraseHistory h = history("\"green corridor accord\"");
    assertThat(h.byYear())
        .containsExactly(
            new FacetValue("2019", 1), new FacetValue("2020", 1), new FacetValue("2021", 2));
    assertThat(h.byMonth())
        .extracting(FacetValue::value)
        .containsExactly("2019-03", "2020-06", "2021-01", "2021-02");
  }

  @Test
  void adopters_are_listed_by_first_use_with_their_counts() throws IOException {
    assertThat(history("\"green corridor accord\"").speakers())
        .containsExactly(
            new PhraseHistory.Adopter("Test Speaker", 2, "2019-03-01"),
            new PhraseHistory.Adopter("Sample Person", 2, "2020-06-15"));
  }

  @Test
  void variants_are_exactly_the_substituted_and_the_inserted_wording() throws IOException {
    PhraseHistory h = history("\"green corridor accord\"");
    assertThat(h.variants())
        .extracting(
            PhraseHistory.Variant::text, PhraseHistory.Variant::kind, PhraseHistory.Variant::count)
        .containsExactly(
            tuple("green corridor pact", "substitution", 2L),
            tuple("green maritime corridor accord", "insertion", 1L));
    PhraseHistory.Variant pact = h.variants().get(0);
    assertThat(pact.first().date()).isEqualTo("2020-06-15");
    assertThat(pact.first().speaker()).isEqualTo("Sample Person");
    assertThat(pact.topSpeakers()).containsExactly(new FacetValue("Sample Person", 2));
    assertThat(h.variants().get(1).first().date()).isEqualTo("2021-01-10");
    assertThat(h.variantsSampled()).isFalse();
  }

  @Test
  void a_variant_asked_for_lists_the_phrase_as_its_variant() throws IOException {
    PhraseHistory h = history("green corridor pact");
    assertThat(h.total()).isEqualTo(2);
    assertThat(h.first().date()).isEqualTo("2020-06-15");
    assertThat(h.variants())
        .extracting(PhraseHistory.Variant::text)
        .contains("green corridor accord");
  }

  @Test
  void filters_apply_to_uses_adopters_and_variants() throws IOException {
    PhraseHistory h =
        stack
            .phrases()
            .history(
                new SearchRequest.Builder("\"green corridor accord\"")
                    .speakers("Sample Person")
                    .build());
    assertThat(h.total()).isEqualTo(2);
    assertThat(h.first().date()).isEqualTo("2020-06-15");
    assertThat(h.speakers())
        .extracting(PhraseHistory.Adopter::name)
        .containsExactly("Sample Person");
    assertThat(h.variants())
        .extracting(PhraseHistory.Variant::text)
        .containsExactly("green corridor pact");
  }

  @Test
  void a_query_that_is_not_a_phrase_of_two_words_is_refused() {
    for (String q : List.of("", "  ", "\"\"", "accord", "\"green corridor\" accord")) {
      assertThatThrownBy(() -> history(q))
          .as(q)
          .isInstanceOf(InvalidRequestException.class)
          .extracting(e -> ((InvalidRequestException) e).param())
          .isEqualTo("q");
    }
  }

  @Test
  void an_unused_phrase_has_no_first_use_and_zero_counts() throws IOException {
    PhraseHistory h = history("\"corridor of testhaven\"");
    assertThat(h.total()).isZero();
    assertThat(h.first()).isNull();
    assertThat(h.byYear()).isEmpty();
    assertThat(h.speakers()).isEmpty();
  }
}

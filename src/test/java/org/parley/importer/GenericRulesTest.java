package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of sites that {@code sites.yaml} does not know. */
class GenericRulesTest {
  private static final HtmlImporter IMPORTER = new HtmlImporter(SiteRulebook.generic());

  @TempDir Path tmp;

  @Test
  void article_gives_the_text_and_h1_time_and_og_tags_the_front_matter() throws Exception {
    Path page =
        FictionalPages.write(
            tmp,
            "a.html",
            FictionalPages.article("https://ruritania.example/n/1", "Cloud talks", "2021-04-01"));

    ExtractedPage extracted = IMPORTER.read(page);

    assertThat(extracted.title()).isEqualTo("Cloud talks");
    assertThat(extracted.date()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(extracted.source()).isEqualTo("https://ruritania.example/n/1");
    assertThat(extracted.organisation()).isEqualTo("Ruritanian Foreign Office");
    assertThat(extracted.place()).isNull();
    assertThat(extracted.paragraphs())
        .containsExactly(
            "Cloud talks",
            "printed date",
            FictionalPages.FIRST_STATEMENT,
            FictionalPages.SECOND_STATEMENT);
  }

  @Test
  void densest_block_of_paragraphs_is_the_body_when_there_is_no_article_or_main() throws Exception {
    Path page =
        FictionalPages.write(
            tmp,
            "d.html",
            """
            <!-- saved from url=(0036)https://ruritania.example/speech/9 -->
            <html><head><title>Speech on invented rivers</title>
            <meta property="article:published_time" content="2021-05-06T10:00:00Z"></head><body>
            <div class="sidebar"><p>Other imaginary news</p></div>
            <div class="text">
              <p>Minister of Ruritania: The invented river flows uphill on Tuesdays.</p>
              <p>It has always done so, in every story about it.</p>
            </div>
            </body></html>
            """);

    ExtractedPage extracted = IMPORTER.read(page);

    assertThat(extracted.title()).isEqualTo("Speech on invented rivers");
    assertThat(extracted.date()).isEqualTo(LocalDate.of(2021, 5, 6));
    assertThat(extracted.source()).isEqualTo("https://ruritania.example/speech/9");
    assertThat(extracted.organisation()).isEqualTo("ruritania.example");
    assertThat(extracted.paragraphs())
        .containsExactly(
            "Minister of Ruritania: The invented river flows uphill on Tuesdays.",
            "It has always done so, in every story about it.");
  }

  @Test
  void printed_english_dates_are_read_when_there_is_no_machine_date() {
    assertThat(PageDates.parse("Published: 23 January 2020, 12:45"))
        .contains(LocalDate.of(2020, 1, 23));
    assertThat(PageDates.parse("January 23, 2020")).contains(LocalDate.of(2020, 1, 23));
    assertThat(PageDates.parse("2020-02-30")).isEmpty();
  }

  @Test
  void no_break_spaces_stay_and_other_white_space_collapses() {
    assertThat(PlainText.clean("  visit to\u00A0Israel,\n\t again \r\n"))
        .isEqualTo("visit to\u00A0Israel, again");
  }
}

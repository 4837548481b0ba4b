package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.lines;
import static org.parley.ingest.Fixtures.texts;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderAndDateTest {
  private static final LocalDate JAN_7 = LocalDate.of(2022, 1, 7);

  private static Transcript withDateLine(String dateLine) throws UnusableFileException {
    return READER.parse(
        "nato/statement.txt", lines("Statement", "", dateLine, "", "Allies met today."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07 Jan. 2022",
        "7 January 2022",
        "January 7, 2022",
        "2022-01-07",
        "Jan 7, 2022",
        "7 Jan 2022",
        "• 07 Jan. 2022 -",
        "07 Jan. 2022 -",
        "Friday, January 7, 2022",
        "7th January 2022",
        "07 janv. 2022"
      })
  void each_printed_date_form_is_the_event_date(String dateLine) throws Exception {
    Transcript t = withDateLine(dateLine);
    assertThat(t.date()).isEqualTo(JAN_7);
    assertThat(texts(t)).containsExactly("Allies met today.");
  }

  @Test
  void place_printed_with_the_date_is_kept() throws Exception {
    assertThat(withDateLine("Brussels, 7 January 2022").place()).isEqualTo("Brussels");
    Transcript state =
        READER.parse(
            "state/briefing.txt",
            lines(
                "Department Press Briefing – January 24, 2022",
                "Test Speaker, Test Ministry Spokesperson",
                "Washington, D.C.",
                "January 24, 2022",
                "2:23 p.m. EST",
                "",
                "MS. TESTSPEAKER: Good afternoon."));
    assertThat(state.place()).isEqualTo("Washington, D.C.");
    assertThat(state.byLine()).isEqualTo("Test Speaker, Test Ministry Spokesperson");
    assertThat(state.date()).isEqualTo(LocalDate.of(2022, 1, 24));
    assertThat(texts(state)).containsExactly("Good afternoon.");
  }

  @Test
  void subtitle_lines_before_the_date_are_metadata() throws Exception {
    Transcript t =
        READER.parse(
            "state/availability.txt",
            lines(
                "Minister Test Speaker at a Press Availability",
                "Press Availability",
                "Test Speaker, Minister of Testland",
                "Geneva, Switzerland",
                "January 21, 2022",
                "",
                "MINISTER TESTSPEAKER: Good afternoon, everyone."));
    assertThat(t.title()).isEqualTo("Minister Test Speaker at a Press Availability");
    assertThat(t.place()).isEqualTo("Geneva, Switzerland");
    assertThat(texts(t)).containsExactly("Good afternoon, everyone.");
  }

  @Test
  void nato_header_gives_title_by_line_date_update_stamp_and_as_delivered() throws Exception {
    Transcript t =
        READER.parse(
            "nato/x.txt",
            lines(
                "Press conference",
                "",
                "by Test Alliance Secretary General Tess Testington following the meeting",
                "",
                "07 Jan. 2022 -",
                "|",
                "Last updated: 07 Jan. 2022 19:08",
                "",
                "(As delivered)",
                "",
                "Good afternoon."));
    assertThat(t.title()).isEqualTo("Press conference");
    assertThat(t.byLine())
        .isEqualTo("Test Alliance Secretary General Tess Testington following the meeting");
    assertThat(t.date()).isEqualTo(JAN_7);
    assertThat(t.lastUpdated()).isEqualTo("07 Jan. 2022 19:08");
    assertThat(t.asDelivered()).isTrue();
    assertThat(texts(t)).containsExactly("Good afternoon.");
  }

  @Test
  void french_update_stamp_is_metadata() throws Exception {
    Transcript t =
        READER.parse(
            "nato/fr.txt",
            lines(
                "Conférence de presse",
                "",
                "07 janv. 2022 -",
                "|",
                "Mis à jour le: 07 janv. 2022 19:08",
                "",
                "Bonjour."));
    assertThat(t.lastUpdated()).isEqualTo("07 janv. 2022 19:08");
    assertThat(t.date()).isEqualTo(JAN_7);
    assertThat(texts(t)).containsExactly("Bonjour.");
    Transcript other =
        READER.parse(
            "nato/fr2.txt",
            lines("Discours", "", "Dernière mise à jour: 8 janvier 2022", "", "Bonjour."));
    assertThat(other.lastUpdated()).isEqualTo("8 janvier 2022");
  }

  @Test
  void date_in_file_name_is_used_when_the_text_has_none() throws Exception {
    String text = lines("Remarks", "", "Good afternoon.");
    assertThat(READER.parse("eu/remarks-2022-01-24.txt", text).date())
        .isEqualTo(LocalDate.of(2022, 1, 24));
    assertThat(READER.parse("eu/remarks_20220124.txt", text).date())
        .isEqualTo(LocalDate.of(2022, 1, 24));
  }

  @Test
  void date_in_the_title_wins_over_the_file_name() throws Exception {
    Transcript t =
        READER.parse(
            "state/2022-01-01-briefing.txt",
            lines("Department Press Briefing – January 24, 2022", "", "MS. TESTSPEAKER: Hello."));
    assertThat(t.date()).isEqualTo(LocalDate.of(2022, 1, 24));
  }

  @Test
  void update_stamp_is_the_last_resort_for_the_date() throws Exception {
    Transcript t =
        READER.parse(
            "nato/speech.txt",
            lines("Speech", "", "Good afternoon.", "", "Last updated: 09 Feb. 2022 10:00"));
    assertThat(t.date()).isEqualTo(LocalDate.of(2022, 2, 9));
    assertThat(t.lastUpdated()).isEqualTo("09 Feb. 2022 10:00");
    assertThat(texts(t)).containsExactly("Good afternoon.");
  }

  @Test
  void text_without_any_date_is_unusable() {
    assertThatThrownBy(() -> READER.parse("nato/speech.txt", lines("Speech", "", "Hello.")))
        .isInstanceOf(UnusableFileException.class)
        .hasMessage("no date in text, front matter or file name");
  }

  @Test
  void impossible_dates_are_not_dates() {
    assertThat(DateParser.find("31 February 2022")).isEmpty();
    assertThat(DateParser.fromFileName("briefing-2022-13-01.txt")).isEmpty();
    assertThat(DateParser.find("Sept. 30, 2022")).contains(LocalDate.of(2022, 9, 30));
    assertThat(DateParser.find("1er février 2022")).contains(LocalDate.of(2022, 2, 1));
  }

  @Test
  void sentence_with_a_date_is_not_a_date_line() {
    assertThat(DateParser.dateLine("On 7 January 2022, ministers met.")).isEmpty();
    assertThat(DateParser.dateLine("Department Press Briefing – January 24, 2022")).isEmpty();
  }

  @Test
  void title_falls_back_to_the_file_name_when_text_opens_with_a_speaker() throws Exception {
    Transcript t =
        READER.parse("state/2022-01-24-department-press-briefing.txt", "MS. TESTSPEAKER: Hello.\n");
    assertThat(t.title()).isEqualTo("Department press briefing");
    assertThat(texts(t)).containsExactly("Hello.");
  }
}

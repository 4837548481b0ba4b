package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.lines;
import static org.parley.ingest.Fixtures.speakers;
import static org.parley.ingest.Fixtures.texts;

import org.junit.jupiter.api.Test;

/** Paragraphs and turns from blocks and labels, in invented words spoken by invented people. */
class ParagraphSplittingTest {
  private static final String HEADER =
      lines(
          "Press conference",
          "",
          "by Secretary General Tess Testington of the Examplestan Alliance following the meeting",
          "",
          "07 Jan. 2022 -",
          "|",
          "Last updated: 07 Jan. 2022 19:08",
          "",
          "(As delivered)",
          "");

  private static Transcript parse(String body) throws UnusableFileException {
    return READER.parse("examplestan/2022-01-07-test.txt", HEADER + body);
  }

  @Test
  void short_lines_within_a_block_are_joined_with_a_space() throws Exception {
    Transcript t = parse(lines("We met today.", "Members are united.", "", "Thank you."));
    assertThat(texts(t)).containsExactly("We met today. Members are united.", "Thank you.");
  }

  @Test
  void colon_ended_sentence_keeps_the_current_speaker() throws Exception {
    Transcript t =
        parse(
            lines(
                "The Alliance remains committed to its two-track approach to Testland:",
                "strong deterrence and defence, combined with dialogue.",
                "",
                "Test Reporter (Example News): A question.",
                "",
                "Secretary General: An answer.",
                "",
                "Our message is simple:",
                "de-escalate."));
    assertThat(texts(t))
        .containsExactly(
            "The Alliance remains committed to its two-track approach to Testland: strong"
                + " deterrence and defence, combined with dialogue.",
            "A question.",
            "An answer.",
            "Our message is simple: de-escalate.");
    assertThat(speakers(t))
        .containsExactly("Tess Testington", "Test Reporter", "Tess Testington", "Tess Testington");
    assertThat(t.paragraphs().get(3).turn()).isEqualTo(t.paragraphs().get(2).turn());
  }

  @Test
  void label_alone_on_its_line_applies_to_the_next_line() throws Exception {
    Transcript t =
        parse(
            lines(
                "Opening words.",
                "",
                "SECRETARY GENERAL:",
                "Testland decides for itself.",
                "And Exampleland."));
    assertThat(texts(t))
        .containsExactly("Opening words.", "Testland decides for itself. And Exampleland.");
    assertThat(t.paragraphs().get(1).turn().speakerLabel()).isEqualTo("SECRETARY GENERAL");
    assertThat(speakers(t)).containsExactly("Tess Testington", "Tess Testington");
  }

  @Test
  void label_alone_as_its_own_block_applies_to_the_next_block() throws Exception {
    Transcript t =
        parse(
            lines("Opening words.", "", "Tara Testova (Test Radio):", "", "What about Testland?"));
    assertThat(texts(t)).containsExactly("Opening words.", "What about Testland?");
    assertThat(t.paragraphs().get(1).turn().speaker().outlet()).isEqualTo("Test Radio");
  }

  @Test
  void whole_answer_with_labels_in_one_block_is_split_where_labels_start() throws Exception {
    Transcript t =
        parse(
            lines(
                "Opening words.",
                "",
                "Secretary General Tess Testington: Thank you. We discussed Testland.",
                "Test Reporter (Example News): What about Exampleland?",
                "Secretary General: We follow it closely.",
                "Then Exampleland: the council is there.",
                "Tara Testova [Test Radio]: And Testland?"));
    assertThat(texts(t))
        .containsExactly(
            "Opening words.",
            "Thank you. We discussed Testland.",
            "What about Exampleland?",
            "We follow it closely. Then Exampleland: the council is there.",
            "And Testland?");
    assertThat(speakers(t))
        .containsExactly(
            "Tess Testington",
            "Tess Testington",
            "Test Reporter",
            "Tess Testington",
            "Tara Testova");
  }

  @Test
  void body_that_is_one_block_has_one_paragraph_per_line() throws Exception {
    Transcript t = parse(lines("We met today.", "Allies are united."));
    assertThat(texts(t)).containsExactly("We met today.", "Allies are united.");
  }

  @Test
  void file_without_blank_lines_has_one_paragraph_per_line() throws Exception {
    Transcript t =
        READER.parse(
            "usosce/2022-01-13-test-council.txt",
            lines(
                "Remarks at the Test Council",
                "Jan 13, 2022",
                "Ambassador Tess Testington: Thank you, Madam Chair.",
                "The drumbeat in Testland is sounding loud.",
                "We must take this seriously.",
                "Q: Will there be another meeting?",
                "A: We hope so."));
    assertThat(texts(t))
        .containsExactly(
            "Thank you, Madam Chair.",
            "The drumbeat in Testland is sounding loud.",
            "We must take this seriously.",
            "Will there be another meeting?",
            "We hope so.");
    assertThat(speakers(t))
        .containsExactly("Tess Testington", "Tess Testington", "Tess Testington", "?", "?");
    assertThat(t.paragraphs().get(1).turn().number()).isEqualTo(1);
  }

  @Test
  void section_breaks_end_paragraphs_and_are_not_paragraphs() throws Exception {
    Transcript t =
        parse(lines("First part.", "***", "Second part.", "", "* * *", "", "Third part.", "# # #"));
    assertThat(texts(t)).containsExactly("First part.", "Second part.", "Third part.");
  }

  @Test
  void web_chrome_and_question_headings_are_not_paragraphs() throws Exception {
    Transcript t =
        parse(
            lines(
                "Opening words.",
                "•",
                "",
                "Questions and answers",
                "",
                "QUESTION: Is this a question?",
                "",
                "|",
                "",
                "MODERATOR: Last one."));
    assertThat(texts(t)).containsExactly("Opening words.", "Is this a question?", "Last one.");
  }

  @Test
  void continuation_paragraphs_keep_the_speaker_and_turn() throws Exception {
    Transcript t =
        parse(lines("Test Reporter (Example News): First.", "", "Second.", "", "Third."));
    assertThat(t.paragraphs())
        .allSatisfy(
            p -> assertThat(p.turn().speakerLabel()).isEqualTo("Test Reporter (Example News)"));
    assertThat(t.paragraphs()).extracting(p -> p.turn().number()).containsOnly(1);
  }

  @Test
  void opening_statement_without_by_line_belongs_to_nobody_known() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-01-07-statement.txt",
            lines("Statement", "", "07 Jan. 2022", "", "Allies met today."));
    assertThat(t.paragraphs().get(0).turn().speaker()).isEqualTo(Speaker.UNKNOWN);
    assertThat(t.paragraphs().get(0).turn().speakerLabel()).isNull();
  }
}

package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.lines;

import org.junit.jupiter.api.Test;

/**
 * Questions linked to the answers they received, the reverse of an answer's question, in invented
 * words spoken by invented people.
 */
class QuestionAnswerLinksTest {
  private static final Transcript BRIEFING = parse();

  private static Transcript parse() {
    try {
      return READER.parse(
          "briefings/2023-03-01-briefing.txt",
          lines(
              "---",
              "title: Test Briefing",
              "date: 2023-03-01",
              "---",
              "",
              "MS. TESTSPEAKER:  Good afternoon. One test announcement before questions.",
              "",
              "Q    A first test question about the harbour?",
              "",
              "MS. TESTSPEAKER:  A first test answer about the harbour.",
              "",
              "Q    A second test question that nobody answers?",
              "",
              "Q    A third test question about the bridge?",
              "",
              "MS. TESTSPEAKER:  A third test answer about the bridge.",
              "",
              "Q    A last test question, and the transcript ends?"));
    } catch (UnusableFileException e) {
      throw new AssertionError(e);
    }
  }

  private static Paragraph paragraph(int ordinal) {
    return BRIEFING.paragraphs().get(ordinal - 1);
  }

  @Test
  void the_fixture_reads_as_a_statement_then_questions_and_answers() {
    assertThat(BRIEFING.paragraphs()).hasSize(7);
    assertThat(BRIEFING.paragraphs().stream().map(p -> p.turn().question()))
        .containsExactly(false, true, false, true, true, false, true);
  }

  @Test
  void a_question_links_to_the_first_paragraph_of_the_turn_that_answers_it() {
    Answer answer = paragraph(2).answer();
    assertThat(answer.ordinal()).isEqualTo(3);
    assertThat(answer.turn().speakerLabel()).isEqualTo("MS. TESTSPEAKER");
    assertThat(answer.text()).isEqualTo("A first test answer about the harbour.");
    assertThat(paragraph(3).question().text())
        .isEqualTo("A first test question about the harbour?");
  }

  @Test
  void a_question_followed_by_another_question_before_any_answer_has_no_answer() {
    assertThat(paragraph(4).answer()).isNull();
    assertThat(paragraph(5).answer().ordinal()).isEqualTo(6);
    assertThat(paragraph(6).question().text()).isEqualTo("A third test question about the bridge?");
  }

  @Test
  void a_question_that_ends_the_transcript_has_no_answer() {
    assertThat(paragraph(7).turn().question()).isTrue();
    assertThat(paragraph(7).answer()).isNull();
  }

  @Test
  void statements_and_answers_link_to_no_answer() {
    assertThat(paragraph(1).answer()).isNull();
    assertThat(paragraph(1).question()).isNull();
    assertThat(paragraph(3).answer()).isNull();
    assertThat(paragraph(6).answer()).isNull();
  }
}

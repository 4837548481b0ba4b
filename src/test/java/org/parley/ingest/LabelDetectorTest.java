package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelDetectorTest {
  private final LabelDetector detector = new LabelDetector(Fixtures.REGISTRY);

  private LabelDetector.Match label(String line) {
    Optional<LabelDetector.Match> match = detector.detect(line);
    assertThat(match).as(line).isPresent();
    return match.get();
  }

  @Test
  void name_with_outlet_in_parentheses_is_a_label() {
    // Real lines from corpus/nato/2022-01-07-press-conference-extraordinary-foreign-ministers.txt
    LabelDetector.Match m =
        label("Max Delany (AFP): Hello, Secretary General. Thank you very much.");
    assertThat(m.label()).isEqualTo(new Label("Max Delany (AFP)", "Max Delany", "AFP"));
    assertThat(m.rest()).isEqualTo("Hello, Secretary General. Thank you very much.");
    assertThat(label("Teri Schultz (NPR/CBS News): Hi. Thank you very much.").label().outlet())
        .isEqualTo("NPR/CBS News");
  }

  @Test
  void name_with_outlet_in_brackets_is_a_label() {
    assertThat(label("Test Reporter [Example Radio]: And Testland?").label())
        .isEqualTo(new Label("Test Reporter [Example Radio]", "Test Reporter", "Example Radio"));
  }

  @Test
  void title_followed_by_name_is_a_label() {
    assertThat(
            label(
                    "NATO Secretary General Jens Stoltenberg: It was a very strong and unified"
                        + " message from all Allies today.")
                .label()
                .name())
        .isEqualTo("NATO Secretary General Jens Stoltenberg");
    assertThat(label("Testland Foreign Minister Tess Testington: Thank you.").label().name())
        .isEqualTo("Testland Foreign Minister Tess Testington");
  }

  @Test
  void title_alone_is_a_label() {
    assertThat(label("NATO Spokesperson: We will go to ZDF.").label().name())
        .isEqualTo("NATO Spokesperson");
    assertThat(label("NATO Secretary General: Thank you.").label().name())
        .isEqualTo("NATO Secretary General");
    assertThat(label("Test Office Director: We are concerned.").label().name())
        .isEqualTo("Test Office Director");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // real lines from corpus/state-department (2021-05-25, 2021-08-11, 2022-03-21)
        "SECRETARY BLINKEN:  Good evening, everyone.",
        "MR PRICE: Good afternoon.",
        "MR. PRICE: I’m sorry, the question was —",
        "QUESTION: Thanks, Ned.",
        "Q: How do you see it?",
        "A: It is serious.",
        "MODERATOR: Next question.",
        "SPOKESPERSON TESTINGTON: Good morning.",
        "SECRETARY-GENERAL: Thank you.",
        "Question (Euronews): And Georgia?",
        "HR/VP Testington: Yes, soon.",
        "Test Speaker, Test Office Director: Thank you."
      })
  void capitals_role_words_and_registered_names_are_labels(String line) {
    assertThat(detector.detect(line)).as(line).isPresent();
  }

  @Test
  void label_alone_on_its_line_has_no_rest() {
    LabelDetector.Match m = label("SECRETARY GENERAL:");
    assertThat(m.label().name()).isEqualTo("SECRETARY GENERAL");
    assertThat(m.rest()).isEmpty();
  }

  @Test
  void colon_ended_sentence_is_not_a_label() {
    assertThat(detector.detect("NATO remains committed to our dual-track approach to Russia:"))
        .isEmpty();
    assertThat(detector.detect("The message from Allies is clear: de-escalate.")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Then Kazakhstan: the CSTO is there.",
        "On Ukraine: we agreed on sanctions.",
        "Kazakhstan: we follow it closely.",
        "Note: this transcript was edited.",
        "NOTE: this transcript was edited.",
        "Last updated: 07 Jan. 2022 19:08",
        "Mis à jour le: 07 janv. 2022",
        "https://www.nato.int/cps/en/natohq/opinions.htm",
        "At 10:00 the meeting began.",
        "Arms Control: we are ready.",
        "THE ANSWER IS: no.",
        "Our three priorities: unity, resolve and dialogue."
      })
  void sentence_openers_headings_and_chrome_are_not_labels(String line) {
    assertThat(detector.detect(line)).as(line).isEmpty();
  }

  @Test
  void overlong_label_is_not_a_label() {
    assertThat(
            detector.detect(
                "Minister Of State For Europe And North America And The Overseas Territories:"
                    + " text"))
        .isEmpty();
  }

  @Test
  void outlet_may_carry_digits_and_names_may_carry_non_ascii_letters() {
    assertThat(label("Elin Sørsdahl (TV2 Norway): Good afternoon, Secretary General.").label())
        .isEqualTo(new Label("Elin Sørsdahl (TV2 Norway)", "Elin Sørsdahl", "TV2 Norway"));
    assertThat(detector.detect("(The briefing was concluded at 3:05 p.m.)")).isEmpty();
  }

  @Test
  void a_note_on_translation_is_not_an_outlet() {
    Label merkel =
        label(
                "Federal Chancellor of Germany Angela Merkel (retranslated): I would also like to"
                    + " express how grateful I am for this invitation to come to Moscow")
            .label();
    assertThat(merkel.name()).isEqualTo("Federal Chancellor of Germany Angela Merkel");
    assertThat(merkel.outlet()).isNull();
    assertThat(label("Question (retranslated): Thank you.").label().outlet()).isNull();
    assertThat(label("Test Speaker (via interpreter): Thank you.").label().outlet()).isNull();
  }

  @Test
  void white_house_q_without_colon_opens_a_question_where_a_turn_may_start() {
    // a real question from corpus/whitehouse (27 February 2023)
    Optional<LabelDetector.Match> q = detector.detectAtTurnStart("Q Thanks, Karine.");
    assertThat(q).isPresent();
    assertThat(q.get().label().name()).isEqualTo("Q");
    assertThat(q.get().rest()).isEqualTo("Thanks, Karine.");
    assertThat(detector.detect("Q Thanks, Karine.")).isEmpty();
    assertThat(detector.detectAtTurnStart("Q and A continued in the afternoon.")).isEmpty();
    assertThat(detector.detectAtTurnStart("Q&A session follows.")).isEmpty();
  }

  @Test
  void capital_title_with_a_surname_is_a_label() {
    assertThat(label("TAOISEACH VARADKAR:  Good morning, everyone.").label().name())
        .isEqualTo("TAOISEACH VARADKAR");
    assertThat(label("MS. JEAN-PIERRE: Good afternoon. Happy Monday.").label().name())
        .isEqualTo("MS. JEAN-PIERRE");
  }
}

package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.speakers.Role;

/** The bundled, verbatim NATO press conference of 7 January 2022, parsed end to end. */
class NatoSampleTest {
  static final String SAMPLE =
      "nato/2022-01-07-press-conference-extraordinary-foreign-ministers.txt";
  private static final String STOLTENBERG = "Jens Stoltenberg";
  private static final String LUNGESCU = "Oana Lungescu";
  private static final String SG = "NATO Secretary General";
  private static final String SPOKESPERSON = "NATO Spokesperson";

  private static Transcript transcript;

  @BeforeAll
  static void parse() throws Exception {
    String text = Files.readString(Path.of("corpus").resolve(SAMPLE), StandardCharsets.UTF_8);
    transcript = Fixtures.READER.parse(SAMPLE, text);
  }

  private static List<Paragraph> containing(String phrase) {
    return transcript.paragraphs().stream().filter(p -> p.text().contains(phrase)).toList();
  }

  private static List<Paragraph> turn(int number) {
    return transcript.paragraphs().stream().filter(p -> p.turn().number() == number).toList();
  }

  @Test
  void header_lines_with_bullets_are_metadata_not_paragraphs() {
    assertThat(transcript.title()).isEqualTo("Press conference");
    assertThat(transcript.byLine())
        .isEqualTo(
            "NATO Secretary General Jens Stoltenberg following the extraordinary meeting of NATO"
                + " Ministers of Foreign Affairs");
    assertThat(transcript.date()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(transcript.lastUpdated()).isEqualTo("07 Jan. 2022 21:37");
    assertThat(transcript.asDelivered()).isTrue();
    assertThat(transcript.paragraphs())
        .extracting(Paragraph::text)
        .noneMatch(
            t -> t.contains("Last updated") || t.contains("•") || t.contains("As delivered"));
    assertThat(containing("Good afternoon. We have just concluded").get(0).turn().number())
        .isEqualTo(1);
  }

  @Test
  void every_turn_has_the_right_speaker_role_and_outlet() {
    List<Turn> turns = transcript.paragraphs().stream().map(Paragraph::turn).distinct().toList();
    var moderator = tuple(SPOKESPERSON, LUNGESCU, Role.MODERATOR, null);
    var answer = tuple(SG, STOLTENBERG, Role.OFFICIAL, null);
    assertThat(turns)
        .extracting(
            Turn::speakerLabel,
            t -> t.speaker().name(),
            t -> t.speaker().role(),
            t -> t.speaker().outlet())
        .containsExactly(
            tuple(null, STOLTENBERG, Role.OFFICIAL, null),
            tuple("NATO Spokesperson Oana Lungescu", LUNGESCU, Role.MODERATOR, null),
            tuple("Max Delany (AFP)", "Max Delany", Role.JOURNALIST, "AFP"),
            tuple("NATO Secretary General Jens Stoltenberg", STOLTENBERG, Role.OFFICIAL, null),
            moderator,
            tuple(
                "James Marson (Wall Street Journal)",
                "James Marson",
                Role.JOURNALIST,
                "Wall Street Journal"),
            answer,
            moderator,
            tuple(
                "Dmytro Shkurko (National News Agency of Ukraine)",
                "Dmytro Shkurko",
                Role.JOURNALIST,
                "National News Agency of Ukraine"),
            answer,
            moderator,
            tuple("Florian Neuhann (ZDF)", "Florian Neuhann", Role.JOURNALIST, "ZDF"),
            answer,
            moderator,
            tuple("Ketevan Kardava (Imedi News)", "Ketevan Kardava", Role.JOURNALIST, "Imedi News"),
            answer,
            moderator,
            tuple("Elin Sørsdahl (TV2 Norway)", "Elin Sørsdahl", Role.JOURNALIST, "TV2 Norway"),
            answer,
            moderator,
            tuple("Greg Palkot (FOX News)", "Greg Palkot", Role.JOURNALIST, "FOX News"),
            answer,
            moderator,
            tuple("Adam Parsons (Sky News)", "Adam Parsons", Role.JOURNALIST, "Sky News"),
            answer,
            moderator,
            tuple("Teri Schultz (NPR/CBS News)", "Teri Schultz", Role.JOURNALIST, "NPR/CBS News"),
            answer,
            moderator,
            answer);
  }

  @Test
  void a_name_with_a_digit_in_its_outlet_and_a_non_ascii_letter_asks_her_own_question() {
    Paragraph question = containing("How do you prepare for a failure of diplomacy?").get(0);
    assertThat(question.turn().speaker())
        .isEqualTo(new Speaker("Elin Sørsdahl", Role.JOURNALIST, "TV2 Norway", null));
    assertThat(question.turn().question()).isTrue();
    Paragraph answer = transcript.paragraphs().get(transcript.paragraphs().indexOf(question) + 1);
    assertThat(answer.turn().speaker().name()).isEqualTo(STOLTENBERG);
    assertThat(answer.question().turn()).isEqualTo(question.turn().number());
    assertThat(answer.question().text()).startsWith("Good afternoon, Secretary General.");
  }

  @Test
  void every_answer_links_to_the_question_just_before_it() {
    Integer lastQuestion = null;
    for (Paragraph p : transcript.paragraphs()) {
      if (p.turn().question()) {
        lastQuestion = p.turn().number();
        assertThat(p.question()).isNull();
      } else if (p.turn().speaker().role() == Role.MODERATOR) {
        assertThat(p.question()).isNull();
      } else if (lastQuestion != null) {
        assertThat(p.question().turn()).isEqualTo(lastQuestion);
      } else {
        assertThat(p.question()).isNull();
      }
    }
  }

  @Test
  void answer_to_max_delany_carries_his_question_and_outlet() {
    List<Paragraph> answer = turn(4);
    assertThat(answer).isNotEmpty();
    for (Paragraph p : answer) {
      assertThat(p.question().turn()).isEqualTo(3);
      assertThat(p.question().speaker())
          .isEqualTo(new Speaker("Max Delany", Role.JOURNALIST, "AFP", null));
      assertThat(p.question().text()).startsWith("Hello, Secretary General. Thank you very much.");
    }
  }

  @Test
  void a_sentence_ending_in_a_colon_is_not_a_label() {
    List<Paragraph> dualTrack = containing("dual-track approach to Russia:");
    assertThat(dualTrack).hasSize(1);
    assertThat(dualTrack.get(0).text()).contains("strong deterrence and defence");
    assertThat(dualTrack.get(0).turn().speaker().name()).isEqualTo(STOLTENBERG);
    assertThat(dualTrack.get(0).turn().number()).isEqualTo(1);
  }

  @Test
  void speakers_keep_their_office_titles() {
    assertThat(transcript.paragraphs())
        .filteredOn(p -> LUNGESCU.equals(p.turn().speaker().name()))
        .allSatisfy(p -> assertThat(p.turn().speaker().title()).isEqualTo(SPOKESPERSON));
    assertThat(transcript.paragraphs())
        .filteredOn(p -> STOLTENBERG.equals(p.turn().speaker().name()))
        .allSatisfy(p -> assertThat(p.turn().speaker().title()).isEqualTo(SG));
  }

  @Test
  void every_paragraph_has_a_named_speaker() {
    assertThat(transcript.paragraphs())
        .allSatisfy(p -> assertThat(p.turn().speaker().isKnown()).isTrue());
  }
}

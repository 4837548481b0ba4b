package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.config.SpeakerRegistry;

/** The bundled NATO press conference of 7 January 2022, parsed end to end. */
class NatoSampleTest {
  static final String SAMPLE =
      "nato/2022-01-07-press-conference-extraordinary-foreign-ministers.txt";
  private static final String STOLTENBERG = "Jens Stoltenberg";
  private static final String LUNGESCU = "Oana Lungescu";

  private static Transcript transcript;

  @BeforeAll
  static void parse() throws Exception {
    SpeakerRegistry registry = SpeakerRegistry.load(Path.of("index-config/speakers.yaml"));
    String text = Files.readString(Path.of("corpus").resolve(SAMPLE), StandardCharsets.UTF_8);
    transcript = new CorpusReader(registry).parse(SAMPLE, text);
  }

  private static List<Paragraph> containing(String phrase) {
    return transcript.paragraphs().stream().filter(p -> p.text().contains(phrase)).toList();
  }

  @Test
  void corpus_folder_reads_to_the_same_transcript() throws Exception {
    SpeakerRegistry registry = SpeakerRegistry.load(Path.of("index-config/speakers.yaml"));
    CorpusSnapshot snapshot = new CorpusReader(registry).read(Path.of("corpus"));
    assertThat(snapshot.skipped()).isEmpty();
    assertThat(snapshot.transcripts()).containsExactly(transcript);
    assertThat(snapshot.contentHash()).hasSize(64);
  }

  @Test
  void header_lines_are_metadata_not_paragraphs() {
    assertThat(transcript.id())
        .isEqualTo("nato-2022-01-07-press-conference-extraordinary-foreign-ministers");
    assertThat(transcript.file()).isEqualTo(SAMPLE);
    assertThat(transcript.title()).isEqualTo("Press conference");
    assertThat(transcript.byLine())
        .isEqualTo(
            "NATO Secretary General Jens Stoltenberg following the extraordinary meeting of NATO"
                + " Ministers of Foreign Affairs");
    assertThat(transcript.date()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(transcript.lastUpdated()).isEqualTo("07 Jan. 2022 19:08");
    assertThat(transcript.asDelivered()).isTrue();
    assertThat(transcript.paragraphs().get(0).text()).isEqualTo("Good afternoon.");
    assertThat(transcript.paragraphs())
        .extracting(Paragraph::text)
        .noneMatch(t -> t.contains("Last updated") || t.equals("|") || t.contains("As delivered"));
  }

  @Test
  void paragraphs_are_numbered_in_order() {
    assertThat(transcript.paragraphs()).hasSize(39);
    for (int i = 0; i < transcript.paragraphs().size(); i++) {
      assertThat(transcript.paragraphs().get(i).ordinal()).isEqualTo(i + 1);
    }
    assertThat(transcript.paragraphId(transcript.paragraphs().get(11)))
        .isEqualTo("nato-2022-01-07-press-conference-extraordinary-foreign-ministers-p12");
  }

  @Test
  void every_turn_has_the_right_speaker_role_and_outlet() {
    List<Turn> turns = transcript.paragraphs().stream().map(Paragraph::turn).distinct().toList();
    assertThat(turns)
        .extracting(
            Turn::number,
            Turn::speakerLabel,
            t -> t.speaker().name(),
            t -> t.speaker().role(),
            t -> t.speaker().outlet(),
            Turn::question)
        .containsExactly(
            tuple(1, null, STOLTENBERG, Role.OFFICIAL, null, false),
            tuple(2, "NATO Spokesperson Oana Lungescu", LUNGESCU, Role.MODERATOR, null, false),
            tuple(3, "Max Delany (AFP)", "Max Delany", Role.JOURNALIST, "AFP", true),
            tuple(
                4,
                "NATO Secretary General Jens Stoltenberg",
                STOLTENBERG,
                Role.OFFICIAL,
                null,
                false),
            tuple(5, "NATO Spokesperson", LUNGESCU, Role.MODERATOR, null, false),
            tuple(
                6,
                "Daniel Michaels (Wall Street Journal)",
                "Daniel Michaels",
                Role.JOURNALIST,
                "Wall Street Journal",
                true),
            tuple(7, "NATO Secretary General", STOLTENBERG, Role.OFFICIAL, null, false),
            tuple(8, "NATO Spokesperson", LUNGESCU, Role.MODERATOR, null, false),
            tuple(
                9,
                "Teri Schultz (NPR/CBS News)",
                "Teri Schultz",
                Role.JOURNALIST,
                "NPR/CBS News",
                true),
            tuple(10, "NATO Secretary General", STOLTENBERG, Role.OFFICIAL, null, false),
            tuple(11, "NATO Spokesperson", LUNGESCU, Role.MODERATOR, null, false),
            tuple(
                12,
                "Roman Petrenko (Ukrinform)",
                "Roman Petrenko",
                Role.JOURNALIST,
                "Ukrinform",
                true),
            tuple(13, "NATO Secretary General", STOLTENBERG, Role.OFFICIAL, null, false),
            tuple(14, "NATO Spokesperson", LUNGESCU, Role.MODERATOR, null, false),
            tuple(
                15,
                "Rikard Jozwiak (Radio Free Europe/Radio Liberty)",
                "Rikard Jozwiak",
                Role.JOURNALIST,
                "Radio Free Europe/Radio Liberty",
                true),
            tuple(16, "NATO Secretary General", STOLTENBERG, Role.OFFICIAL, null, false),
            tuple(17, "NATO Spokesperson", LUNGESCU, Role.MODERATOR, null, false),
            tuple(18, "Jonathan Marcus (BBC)", "Jonathan Marcus", Role.JOURNALIST, "BBC", true),
            tuple(19, "NATO Secretary General", STOLTENBERG, Role.OFFICIAL, null, false),
            tuple(20, "NATO Spokesperson", LUNGESCU, Role.MODERATOR, null, false));
  }

  @Test
  void speakers_keep_their_office_titles() {
    Paragraph opening = transcript.paragraphs().get(0);
    assertThat(opening.turn().speaker().title()).isEqualTo("NATO Secretary General");
    assertThat(transcript.paragraphs())
        .filteredOn(p -> LUNGESCU.equals(p.turn().speaker().name()))
        .allSatisfy(p -> assertThat(p.turn().speaker().title()).isEqualTo("NATO Spokesperson"));
  }

  @Test
  void paragraph_counts_per_speaker() {
    Map<String, Long> counts =
        transcript.paragraphs().stream()
            .collect(Collectors.groupingBy(p -> p.turn().speaker().name(), Collectors.counting()));
    assertThat(counts)
        .containsEntry(STOLTENBERG, 26L)
        .containsEntry(LUNGESCU, 7L)
        .containsEntry("Max Delany", 1L)
        .hasSize(8);
  }

  @Test
  void three_dual_track_paragraphs_all_spoken_by_stoltenberg() {
    List<Paragraph> dualTrack = containing("dual-track approach");
    assertThat(dualTrack).extracting(Paragraph::ordinal).containsExactly(5, 22, 38);
    assertThat(dualTrack)
        .allSatisfy(p -> assertThat(p.turn().speaker().name()).isEqualTo(STOLTENBERG));
    Paragraph opening = dualTrack.get(0);
    assertThat(opening.text())
        .startsWith(
            "NATO remains committed to our dual-track approach to Russia: Strong deterrence");
    assertThat(opening.turn().number()).isEqualTo(1);
    assertThat(opening.turn().speakerLabel()).isNull();
    assertThat(opening.question()).isNull();
  }

  @Test
  void answer_to_max_delany_carries_his_question_and_outlet() {
    List<Paragraph> answer =
        transcript.paragraphs().stream().filter(p -> p.turn().number() == 4).toList();
    assertThat(answer).hasSize(3);
    for (Paragraph p : answer) {
      Question question = p.question();
      assertThat(question.turn()).isEqualTo(3);
      assertThat(question.speaker())
          .isEqualTo(new Speaker("Max Delany", Role.JOURNALIST, "AFP", null));
      assertThat(question.text())
          .startsWith("Thanks very much. Secretary General, the Russians have said")
          .contains("halt to NATO expansion");
    }
    assertThat(containing("sphere of influence")).containsExactly(answer.get(1));
  }

  @Test
  void questions_and_moderator_turns_answer_nothing() {
    assertThat(transcript.paragraphs())
        .filteredOn(p -> p.turn().question() || p.turn().speaker().role() == Role.MODERATOR)
        .allSatisfy(p -> assertThat(p.question()).isNull());
    assertThat(transcript.paragraphs())
        .filteredOn(p -> p.turn().number() > 3 && p.turn().speaker().role() == Role.OFFICIAL)
        .allSatisfy(p -> assertThat(p.question()).isNotNull());
  }

  @Test
  void topics_the_product_owner_checks_appear_in_answers() {
    Function<String, List<Paragraph>> answersWith =
        phrase ->
            containing(phrase).stream()
                .filter(p -> p.question() != null)
                .filter(p -> STOLTENBERG.equals(p.turn().speaker().name()))
                .toList();
    assertThat(answersWith.apply("Kazakhstan")).isNotEmpty();
    assertThat(answersWith.apply("arms control")).isNotEmpty();
    assertThat(answersWith.apply("Open Door")).isNotEmpty();
    assertThat(containing("NATO-Russia Council")).isNotEmpty();
    assertThat(answersWith.apply("Finland and Sweden")).isNotEmpty();
    assertThat(containing("Article 10")).hasSize(1);
  }
}

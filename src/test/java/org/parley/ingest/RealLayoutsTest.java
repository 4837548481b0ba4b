package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.REGISTRY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.speakers.Role;

/**
 * Speakers in the bundled verbatim transcripts: one test per source layout, each reading the file
 * as shipped in {@code corpus/}.
 */
class RealLayoutsTest {
  private static Transcript parse(String path) throws IOException, UnusableFileException {
    String text = Files.readString(Path.of("corpus", path), StandardCharsets.UTF_8);
    return READER.parse(path, text);
  }

  private static Paragraph containing(Transcript t, String phrase) {
    List<Paragraph> found = t.paragraphs().stream().filter(p -> p.text().contains(phrase)).toList();
    assertThat(found).as(phrase).hasSize(1);
    return found.get(0);
  }

  /** Every question turn is a journalist's, and every answer links to the question just before. */
  private static void assertQuestionsAndAnswersLinked(Transcript t) {
    Integer lastQuestion = null;
    for (Paragraph p : t.paragraphs()) {
      Role role = p.turn().speaker().role();
      if (p.turn().question()) {
        assertThat(role).isEqualTo(Role.JOURNALIST);
        lastQuestion = p.turn().number();
      } else if (role == Role.OFFICIAL && lastQuestion != null) {
        assertThat(p.question().turn()).isEqualTo(lastQuestion);
      }
    }
  }

  @Test
  void white_house_briefing_has_q_without_colon_and_honorific_surname_labels() throws Exception {
    Transcript t =
        parse(
            "whitehouse/2021-02-04-press-briefing-by-press-secretary-jen-psaki-and-national-"
                + "security-advisor-jake-s.txt");
    Paragraph welcome = containing(t, "Hi, everyone. We have a very special guest today.");
    assertThat(welcome.turn().speakerLabel()).isEqualTo("MS. PSAKI");
    assertThat(welcome.turn().speaker())
        .isEqualTo(new Speaker("Jen Psaki", Role.OFFICIAL, null, "White House Press Secretary"));
    Paragraph sullivan = containing(t, "Hi, everybody.");
    assertThat(sullivan.turn().speaker().name()).isEqualTo("Jake Sullivan");
    assertThat(sullivan.turn().speaker().title()).isEqualTo("National Security Advisor");

    Paragraph question = containing(t, "Jake, thanks for being in the room.");
    assertThat(question.turn().speakerLabel()).isEqualTo("Q");
    assertThat(question.turn().speaker()).isEqualTo(new Speaker(null, Role.JOURNALIST, null, null));
    Paragraph answer = t.paragraphs().get(question.ordinal());
    assertThat(answer.turn().speaker().name()).isEqualTo("Jake Sullivan");
    assertThat(answer.question().turn()).isEqualTo(question.turn().number());
    assertQuestionsAndAnswersLinked(t);
  }

  @Test
  void white_house_text_loses_markdown_escapes_and_clock_lines() throws Exception {
    Transcript t =
        parse(
            "whitehouse/2021-02-04-press-briefing-by-press-secretary-jen-psaki-and-national-"
                + "security-advisor-jake-s.txt");
    assertThat(containing(t, "[accident]").text()).doesNotContain("\\[");
    assertThat(t.paragraphs())
        .extracting(Paragraph::text)
        .noneMatch(s -> s.matches(".*\\d A\\.M\\. EST"));
    assertThat(t.paragraphs())
        .allSatisfy(p -> assertThat(p.turn().speaker().role()).isNotEqualTo(Role.UNKNOWN));
  }

  @Test
  void the_president_is_the_us_president_in_office_on_the_date() throws Exception {
    Transcript t =
        parse("whitehouse/2021-06-13-remarks-by-president-biden-in-press-conference.txt");
    assertThat(t.paragraphs())
        .filteredOn(p -> "THE PRESIDENT".equals(p.turn().speakerLabel()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.turn().speaker().name()).isEqualTo("Joe Biden"));
    assertQuestionsAndAnswersLinked(t);
    assertThat(REGISTRY.holderOf("The President", LocalDate.of(2016, 6, 1), "The White House"))
        .map(p -> p.name())
        .contains("Barack Obama");
    assertThat(REGISTRY.holderOf("THE PRESIDENT", LocalDate.of(2019, 6, 1), "The White House"))
        .map(p -> p.name())
        .contains("Donald Trump");
    assertThat(REGISTRY.holderOf("The President", LocalDate.of(2025, 3, 13), "The White House"))
        .map(p -> p.name())
        .contains("Donald Trump");
  }

  @Test
  void kremlin_lead_is_editorial_and_titled_labels_name_one_person() throws Exception {
    Transcript t = parse("kremlin/2020-01-11-news-conference-following-russian-german-talks.txt");
    Paragraph lead = t.paragraphs().get(0);
    assertThat(lead.turn().speakerLabel()).isNull();
    assertThat(lead.turn().speaker()).isEqualTo(Speaker.EDITORIAL);

    List<Speaker> putin =
        t.paragraphs().stream()
            .filter(p -> String.valueOf(p.turn().speakerLabel()).endsWith("Vladimir Putin"))
            .map(p -> p.turn().speaker())
            .distinct()
            .toList();
    assertThat(putin)
        .containsExactly(new Speaker("Vladimir Putin", Role.OFFICIAL, null, "President of Russia"));
    Speaker merkel =
        t.paragraphs().stream()
            .filter(
                p ->
                    "Federal Chancellor of Germany Angela Merkel (retranslated)"
                        .equals(p.turn().speakerLabel()))
            .findFirst()
            .orElseThrow()
            .turn()
            .speaker();
    assertThat(merkel)
        .isEqualTo(new Speaker("Angela Merkel", Role.OFFICIAL, null, "Chancellor of Germany"));
    assertThat(t.paragraphs())
        .filteredOn(p -> String.valueOf(p.turn().speakerLabel()).startsWith("Question"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.turn().speaker().role()).isEqualTo(Role.JOURNALIST));
    assertQuestionsAndAnswersLinked(t);
  }

  @Test
  void state_department_call_keeps_questions_away_from_officials() throws Exception {
    Transcript t =
        parse(
            "state-department/2021-07-21-briefing-with-deputy-secretary-for-management-and-"
                + "resources-brian-p-mckeon-and-a.txt");
    assertThat(
            containing(t, "Good afternoon, and thanks, everyone, for joining us")
                .turn()
                .speaker()
                .name())
        .isEqualTo("Ned Price");
    Paragraph question = containing(t, "Thanks, guys, for doing this.");
    assertThat(question.turn().speaker().role()).isEqualTo(Role.JOURNALIST);
    assertThat(t.paragraphs())
        .filteredOn(p -> "SENIOR STATE DEPARTMENT OFFICIAL ONE".equals(p.turn().speakerLabel()))
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.turn().speaker())
                    .isEqualTo(
                        new Speaker(
                            null, Role.OFFICIAL, null, "Senior State Department Official One")));
    assertThat(t.paragraphs())
        .filteredOn(p -> "QUESTION".equals(p.turn().speakerLabel()))
        .allSatisfy(p -> assertThat(p.turn().question()).isTrue());
    assertQuestionsAndAnswersLinked(t);
  }

  @Test
  void state_department_interpreted_foreign_minister_is_herself() throws Exception {
    Transcript t =
        parse(
            "state-department/2022-06-24-secretary-antony-j-blinken-and-german-foreign-minister-"
                + "annalena-baerbock-before.txt");
    Paragraph opening = containing(t, "Ladies and gentlemen, Tony, I am very grateful");
    assertThat(opening.turn().speakerLabel()).isEqualTo("FOREIGN MINISTER BAERBOCK");
    assertThat(opening.turn().speaker())
        .isEqualTo(
            new Speaker("Annalena Baerbock", Role.OFFICIAL, null, "Foreign Minister of Germany"));
  }

  @Test
  void un_general_debate_speech_is_the_front_matter_speakers() throws Exception {
    Transcript t = parse("un-general-debate/2016-09-01-ukr-71-2016-general-debate.txt");
    assertThat(t.paragraphs())
        .allSatisfy(p -> assertThat(p.turn().speaker().name()).isEqualTo("Petro Poroshenko"));
  }

  @Test
  void kremlin_long_titles_name_the_person_at_their_end() throws Exception {
    Transcript turkey =
        parse("kremlin/2020-03-05-press-statements-following-russian-turkish-talks.txt");
    Paragraph erdogan = containing(turkey, "I am also very grateful.");
    assertThat(erdogan.turn().speaker())
        .isEqualTo(new Speaker("Recep Tayyip Erdoğan", Role.OFFICIAL, null, "President of Turkey"));
    Transcript syria =
        parse("kremlin/2017-12-11-meeting-with-president-of-syria-bashar-al-assad.txt");
    Paragraph assad = containing(syria, "It is good to see you, Mr President.");
    assertThat(assad.turn().speaker())
        .isEqualTo(new Speaker("Bashar al-Assad", Role.OFFICIAL, null, "President of Syria"));
    assertThat(containing(syria, "Of course, these achievements and victories").turn().speaker())
        .isEqualTo(assad.turn().speaker());
  }
}

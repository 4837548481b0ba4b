package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.lines;
import static org.parley.ingest.Fixtures.speakers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.SpeakerRegistry;

class SpeakerResolutionTest {
  private static final Speaker QUESTIONER = new Speaker(null, Role.JOURNALIST, null, null);

  @TempDir Path dir;

  private static Speaker speakerOf(Transcript t, int ordinal) {
    return t.paragraphs().get(ordinal - 1).turn().speaker();
  }

  @Test
  void state_department_briefing_resolves_surname_and_questions() throws Exception {
    Transcript t =
        READER.parse(
            "state/2022-01-24-department-press-briefing.txt",
            lines(
                "Department Press Briefing – January 24, 2022",
                "Ned Price, Department Spokesperson",
                "Washington, D.C.",
                "January 24, 2022",
                "",
                "MR PRICE: Good afternoon. I have one item at the top.",
                "",
                "And with that, Matt.",
                "",
                "QUESTION: Why did you order the departure of families from Embassy Kyiv?",
                "",
                "MR PRICE: This was a prudent precaution.",
                "",
                "QUESTION: Is the embassy closing?",
                "",
                "MR. PRICE: No, the embassy remains open."));
    Speaker price = new Speaker("Ned Price", Role.OFFICIAL, null, "Department Spokesperson");
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speaker())
        .containsExactly(price, price, QUESTIONER, price, QUESTIONER, price);
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().question())
        .containsExactly(false, false, true, false, true, false);
    Question first = t.paragraphs().get(3).question();
    assertThat(first.turn()).isEqualTo(2);
    assertThat(first.speaker()).isEqualTo(QUESTIONER);
    assertThat(first.text()).startsWith("Why did you order");
    assertThat(t.paragraphs().get(5).question().text()).isEqualTo("Is the embassy closing?");
  }

  @Test
  void surname_label_outside_the_term_names_only_the_printed_surname() throws Exception {
    Transcript t =
        READER.parse(
            "state/2019-01-24-department-press-briefing.txt",
            lines("Department Press Briefing", "January 24, 2019", "", "MR PRICE: Hello."));
    assertThat(speakerOf(t, 1)).isEqualTo(new Speaker("Price", Role.PARTICIPANT, null, null));
    assertThat(t.paragraphs().get(0).turn().speakerLabel()).isEqualTo("MR PRICE");
  }

  @Test
  void press_availability_resolves_the_secretary_and_the_moderating_spokesperson()
      throws Exception {
    Transcript t =
        READER.parse(
            "state/2022-01-21-blinken-geneva.txt",
            lines(
                "Secretary Antony J. Blinken at a Press Availability",
                "Antony J. Blinken, Secretary of State",
                "Geneva, Switzerland",
                "January 21, 2022",
                "",
                "SECRETARY BLINKEN: I just concluded a frank meeting with Foreign Minister Lavrov.",
                "",
                "MR PRICE: We'll take a few questions. Andrea Mitchell.",
                "",
                "QUESTION: Has President Putin made a decision?",
                "",
                "SECRETARY BLINKEN: I can't tell you that.",
                "",
                "MR PRICE: Thank you all."));
    assertThat(speakers(t))
        .containsExactly("Antony Blinken", "Ned Price", "?", "Antony Blinken", "Ned Price");
    assertThat(speakerOf(t, 1).title()).isEqualTo("Secretary of State");
    assertThat(speakerOf(t, 2).role()).isEqualTo(Role.MODERATOR);
    assertThat(speakerOf(t, 3).role()).isEqualTo(Role.JOURNALIST);
    assertThat(t.paragraphs().get(3).question().text())
        .isEqualTo("Has President Putin made a decision?");
    assertThat(t.paragraphs().get(4).question()).isNull();
  }

  private static final String UN_STAKEOUT =
      lines(
          "Secretary-General's remarks to the press on the situation in Ukraine",
          "",
          "New York, 24 February 2022",
          "",
          "SPOKESPERSON DUJARRIC: Good morning. The Secretary-General will make a statement.",
          "",
          "SECRETARY-GENERAL: This is the saddest moment in my tenure.",
          "",
          "QUESTION: What can the UN do now?",
          "",
          "SECRETARY-GENERAL: We will provide humanitarian assistance.");

  @Test
  void un_stakeout_resolves_spokesperson_and_secretary_general_by_date() throws Exception {
    Transcript t = READER.parse("un/2022-02-24-sg-stakeout.txt", UN_STAKEOUT);
    assertThat(speakers(t))
        .containsExactly("Stéphane Dujarric", "António Guterres", "?", "António Guterres");
    assertThat(speakerOf(t, 1).role()).isEqualTo(Role.MODERATOR);
    assertThat(speakerOf(t, 2).title()).isEqualTo("UN Secretary-General");
    assertThat(t.paragraphs().get(3).question().text()).isEqualTo("What can the UN do now?");
  }

  @Test
  void shared_title_without_a_known_organisation_is_not_guessed() throws Exception {
    Transcript t = READER.parse("2022-02-24-sg-stakeout.txt", UN_STAKEOUT);
    assertThat(speakerOf(t, 2).name()).isNull();
    assertThat(t.paragraphs().get(1).turn().speakerLabel()).isEqualTo("SECRETARY-GENERAL");
  }

  @Test
  void eu_remarks_without_date_line_take_date_from_file_name_and_speaker_from_title()
      throws Exception {
    Transcript t =
        READER.parse(
            "eu/2024-12-16-fac-press-remarks.txt",
            lines(
                "Foreign Affairs Council: Press remarks by High Representative Kaja Kallas after"
                    + " the meeting",
                "",
                "Good afternoon.",
                "Today ministers discussed Ukraine and Georgia.",
                "",
                "Question: Will you visit Kyiv?",
                "",
                "HR/VP Kallas: Yes, soon.",
                "",
                "Question (Euronews): And Georgia?",
                "",
                "High Representative: We are concerned about the situation."));
    assertThat(t.date()).isEqualTo(LocalDate.of(2024, 12, 16));
    assertThat(t.title()).startsWith("Foreign Affairs Council: Press remarks");
    assertThat(speakers(t)).containsExactly("Kaja Kallas", "?", "Kaja Kallas", "?", "Kaja Kallas");
    assertThat(speakerOf(t, 1).title()).isEqualTo("EU High Representative");
    assertThat(speakerOf(t, 4)).isEqualTo(new Speaker(null, Role.JOURNALIST, "Euronews", null));
  }

  @Test
  void un_noon_briefing_tells_spokesman_from_deputy_spokesman() throws Exception {
    Transcript t =
        READER.parse(
            "un/2022-03-03-noon-briefing.txt",
            lines(
                "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
                "",
                "3 March 2022",
                "",
                "Spokesman: Good afternoon.",
                "",
                "Question: Stéphane, on Ukraine, what is the latest?",
                "",
                "Spokesman: We continue to call for a ceasefire.",
                "",
                "Deputy Spokesman: I have one more note."));
    assertThat(speakers(t))
        .containsExactly("Stéphane Dujarric", "?", "Stéphane Dujarric", "Farhan Haq");
    assertThat(speakerOf(t, 3).role()).isEqualTo(Role.OFFICIAL);
  }

  @Test
  void bare_title_of_another_organisation_is_not_taken() throws Exception {
    Transcript t =
        READER.parse(
            "state/2022-03-03-briefing.txt",
            lines("Department Press Briefing", "", "Deputy Spokesman: Good afternoon."));
    assertThat(speakerOf(t, 1).name()).isNull();
    Transcript qualified =
        READER.parse(
            "nato/2022-03-03-doorstep.txt",
            lines("Doorstep", "", "US Ambassador to NATO: Good morning."));
    assertThat(speakers(qualified)).containsExactly("Julianne Smith");
  }

  @Test
  void older_nato_layout_with_capital_names_and_bracketed_titles_resolves() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2016-06-15-press-point.txt",
            lines(
                "Joint press point",
                "",
                "15 Jun. 2016",
                "",
                "OANA LUNGESCU [NATO Spokesperson]: Good afternoon.",
                "",
                "JENS STOLTENBERG (NATO Secretary General): Thank you.",
                "",
                "OANA LUNGESCU: Reuters.",
                "",
                "ROBIN EMMOTT [Reuters]: A question?",
                "",
                "JENS STOLTENBERG: An answer."));
    assertThat(speakers(t))
        .containsExactly(
            "Oana Lungescu",
            "Jens Stoltenberg",
            "Oana Lungescu",
            "Robin Emmott",
            "Jens Stoltenberg");
    assertThat(speakerOf(t, 1).role()).isEqualTo(Role.MODERATOR);
    assertThat(speakerOf(t, 4))
        .isEqualTo(new Speaker("Robin Emmott", Role.JOURNALIST, "Reuters", null));
    assertThat(t.paragraphs().get(4).question().text()).isEqualTo("A question?");
  }

  @Test
  void office_title_names_the_holder_on_the_date() throws Exception {
    String text = lines("Doorstep", "", "NATO Secretary General: Good morning.");
    assertThat(speakers(READER.parse("nato/2025-06-24-doorstep.txt", text)))
        .containsExactly("Mark Rutte");
    assertThat(speakers(READER.parse("nato/2022-06-24-doorstep.txt", text)))
        .containsExactly("Jens Stoltenberg");
  }

  @Test
  void spokesperson_title_resolves_through_the_registry() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-02-01-briefing.txt",
            lines("Briefing", "", "NATO Spokesperson: Good afternoon.", "", "Q: A question?"));
    assertThat(speakerOf(t, 1))
        .isEqualTo(new Speaker("Oana Lungescu", Role.MODERATOR, null, "NATO Spokesperson"));
  }

  @Test
  void short_title_refers_to_the_person_named_earlier_in_the_document() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-03-01-joint.txt",
            lines(
                "Joint press conference",
                "",
                "Finnish Foreign Minister Pekka Haavisto: Thank you.",
                "",
                "Finnish Foreign Minister: And one more thing.",
                "",
                "MINISTER HAAVISTO: Finally."));
    assertThat(speakers(t)).containsOnly("Pekka Haavisto");
    assertThat(speakerOf(t, 1))
        .isEqualTo(new Speaker("Pekka Haavisto", Role.OFFICIAL, null, "Finnish Foreign Minister"));
  }

  @Test
  void surname_shared_by_two_people_in_office_is_not_resolved_to_either() throws Exception {
    Path yaml = dir.resolve("speakers.yaml");
    Files.writeString(
        yaml,
        """
        organisations: [{name: US State Department, aliases: [state]}]
        offices:
          - {title: Department Spokesperson, organisation: US State Department}
          - {title: Deputy Secretary of State, organisation: US State Department}
        persons:
          - name: Matthew Miller
            organisation: US State Department
            terms: [{office: Department Spokesperson, from: 2023-05-01}]
          - name: Anna Miller
            organisation: US State Department
            terms: [{office: Deputy Secretary of State, from: 2023-01-01}]
        """,
        StandardCharsets.UTF_8);
    CorpusReader reader = new CorpusReader(SpeakerRegistry.load(yaml));
    Transcript t =
        reader.parse(
            "state/2024-01-10-briefing.txt",
            lines("Briefing", "", "MR MILLER: Good afternoon.", "", "MS MILLER: Thank you."));
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speakerLabel(), p -> p.turn().speaker().name())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("MR MILLER", "Miller"),
            org.assertj.core.api.Assertions.tuple("MS MILLER", "Miller"));
    Transcript titled =
        reader.parse(
            "state/2024-01-10-briefing.txt",
            lines("Briefing", "", "Department Spokesperson Miller: Good afternoon."));
    assertThat(speakers(titled)).containsExactly("Matthew Miller");
  }

  @Test
  void unregistered_personal_name_is_resolved_as_themselves() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-01-07-x.txt",
            lines(
                "Press point",
                "",
                "Jane Roe: Good morning.",
                "",
                "SENIOR STATE DEPARTMENT OFFICIAL: Thanks.",
                "",
                "The Host: Welcome."));
    assertThat(speakerOf(t, 1)).isEqualTo(new Speaker("Jane Roe", Role.PARTICIPANT, null, null));
    assertThat(speakerOf(t, 2))
        .isEqualTo(new Speaker(null, Role.OFFICIAL, null, "Senior State Department Official"));
    assertThat(t.paragraphs().get(1).turn().speakerLabel())
        .isEqualTo("SENIOR STATE DEPARTMENT OFFICIAL");
  }

  @Test
  void registered_name_with_a_news_outlet_is_a_journalist_not_the_official() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-01-07-x.txt",
            lines(
                "Press point",
                "",
                "Opening words.",
                "",
                "John Sullivan (CNN): A question?",
                "",
                "Jens Stoltenberg (NATO Secretary General): An answer."));
    assertThat(speakerOf(t, 2))
        .isEqualTo(new Speaker("John Sullivan", Role.JOURNALIST, "CNN", null));
    assertThat(speakerOf(t, 3))
        .isEqualTo(new Speaker("Jens Stoltenberg", Role.OFFICIAL, null, "NATO Secretary General"));
  }

  @Test
  void answer_label_is_the_by_line_speaker() throws Exception {
    Transcript t =
        READER.parse(
            "state/interview.txt",
            lines(
                "Interview",
                "2022-02-01",
                "by Secretary of State Antony J. Blinken",
                "",
                "Q: How do you see the situation?",
                "",
                "A: It is serious."));
    assertThat(speakers(t)).containsExactly("?", "Antony Blinken");
    assertThat(speakerOf(t, 1)).isEqualTo(QUESTIONER);
  }

  @Test
  void moderator_label_is_a_moderator_and_is_not_an_answer() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-01-07-x.txt",
            lines(
                "Panel",
                "",
                "MODERATOR: Welcome.",
                "",
                "QUESTION: Why?",
                "",
                "MODERATOR: Let us hear the minister.",
                "",
                "Finnish Foreign Minister Pekka Haavisto: Because."));
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speaker().role())
        .containsExactly(Role.MODERATOR, Role.JOURNALIST, Role.MODERATOR, Role.OFFICIAL);
    assertThat(t.paragraphs().get(2).question()).isNull();
    assertThat(t.paragraphs().get(3).question().text()).isEqualTo("Why?");
  }

  @Test
  void opening_speaker_comes_from_the_front_matter_hint() throws Exception {
    Transcript t =
        READER.parse(
            "remarks.txt",
            lines(
                "---",
                "date: 2024-12-16",
                "speakers:",
                "  default: Kaja Kallas",
                "---",
                "Remarks",
                "",
                "Good afternoon."));
    assertThat(List.of(speakerOf(t, 1).name(), speakerOf(t, 1).title()))
        .containsExactly("Kaja Kallas", "EU High Representative");
  }
}

package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.REGISTRY;
import static org.parley.ingest.Fixtures.lines;
import static org.parley.ingest.Fixtures.speakers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.SpeakerRegistryLoader;
import org.parley.speakers.Role;

class SpeakerResolutionTest {
  private static final Speaker QUESTIONER = new Speaker(null, Role.JOURNALIST, null, null);

  @TempDir Path dir;

  /**
   * A plainly fictional registry, for behaviour that does not depend on who the speakers are: the
   * folder names un, nato, state and eu stand for invented organisations here.
   */
  private static final String FICTIONAL_REGISTRY =
      """
      organisations:
        - {name: Test Nations, aliases: [un]}
        - {name: Test Alliance, aliases: [nato]}
        - {name: Test Ministry, aliases: [state]}
        - {name: Test Union, aliases: [eu]}
        - {name: Testland Mission}
      offices:
        - {title: Test Nations Secretary-General, organisation: Test Nations,
           aliases: [Secretary-General, Secretary General]}
        - {title: Test Nations Spokesperson, organisation: Test Nations,
           aliases: [Spokesperson, Spokesman]}
        - {title: Test Nations Deputy Spokesperson, organisation: Test Nations,
           aliases: [Deputy Spokesperson, Deputy Spokesman]}
        - {title: Test Alliance Secretary General, organisation: Test Alliance,
           aliases: [Secretary General, Secretary-General]}
        - {title: Test Ministry Spokesperson, organisation: Test Ministry, aliases: [Spokesperson]}
        - {title: Minister of Testland, organisation: Test Ministry}
        - {title: Testland Ambassador to the Test Alliance, organisation: Testland Mission}
        - {title: Test Union High Representative, organisation: Test Union,
           aliases: [High Representative, HR/VP]}
      persons:
        - name: Tess Testington
          organisation: Test Nations
          terms: [{office: Test Nations Secretary-General, from: 2017-01-01}]
        - name: Sam Sample
          organisation: Test Nations
          terms: [{office: Test Nations Spokesperson, from: 2014-03-01}]
        - name: Dana Example
          organisation: Test Nations
          terms: [{office: Test Nations Deputy Spokesperson, from: 2014-03-01}]
        - name: Terry Testman
          organisation: Test Alliance
          terms: [{office: Test Alliance Secretary General, from: 2014-10-01}]
        - name: Tina Tester
          organisation: Test Ministry
          terms:
            - {office: Test Ministry Spokesperson, from: 2021-01-20, to: 2022-12-31}
            - {office: Minister of Testland, from: 2023-01-01}
        - name: Robin Roe
          organisation: Testland Mission
          terms: [{office: Testland Ambassador to the Test Alliance, from: 2021-01-01}]
        - name: Hana Example
          organisation: Test Union
          variants: [HR/VP Example]
          terms: [{office: Test Union High Representative, from: 2024-12-01}]
      """;

  private CorpusReader fictionalReader() throws java.io.IOException {
    Path yaml = dir.resolve("fictional-speakers.yaml");
    Files.writeString(yaml, FICTIONAL_REGISTRY, StandardCharsets.UTF_8);
    return new CorpusReader(SpeakerRegistryLoader.load(yaml));
  }

  private static Speaker speakerOf(Transcript t, int ordinal) {
    return t.paragraphs().get(ordinal - 1).turn().speaker();
  }

  @Test
  void state_department_briefing_resolves_surname_and_questions() throws Exception {
    // Real lines, verbatim, from
    // corpus/state-department/2021-08-11-department-press-briefing-august-11-2021.txt
    Transcript t =
        READER.parse(
            "state/2021-08-11-department-press-briefing.txt",
            lines(
                "Department Press Briefing – August 11, 2021",
                "Ned Price, Department Spokesperson",
                "",
                "MR PRICE: Few things at the top and then we’ll get right to your questions.",
                "",
                "The summit for democracy reflects President Biden’s deeply held belief that in"
                    + " order to tackle the world’s most pressing challenges, democracies must come"
                    + " together, learn together, stand together, and act together.",
                "",
                "QUESTION: Your – the position of this administration since it came in talking"
                    + " about how important the freedom of press is, has – that hasn’t impacted the"
                    + " department’s position on this case. Is that correct?",
                "",
                "MR PRICE: This is a matter before the Department of Justice. It’s a matter the"
                    + " Department of Justice is pursuing.",
                "",
                "QUESTION: Okay, so the State Department’s position hasn’t changed, correct?",
                "",
                "MR. PRICE: Matt, the Department of Justice is speaking for the United States —"));
    Speaker price = new Speaker("Ned Price", Role.OFFICIAL, null, "Department Spokesperson");
    assertThat(t.date()).isEqualTo(LocalDate.of(2021, 8, 11));
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speaker())
        .containsExactly(price, price, QUESTIONER, price, QUESTIONER, price);
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().question())
        .containsExactly(false, false, true, false, true, false);
    Question first = t.paragraphs().get(3).question();
    assertThat(first.turn()).isEqualTo(2);
    assertThat(first.speaker()).isEqualTo(QUESTIONER);
    assertThat(first.text()).startsWith("Your – the position of this administration");
    assertThat(t.paragraphs().get(5).question().text())
        .isEqualTo("Okay, so the State Department’s position hasn’t changed, correct?");
  }

  @Test
  void surname_label_outside_the_term_names_only_the_printed_surname() throws Exception {
    CorpusReader reader = fictionalReader();
    Transcript t =
        reader.parse(
            "state/2019-01-24-briefing.txt",
            lines("Briefing", "January 24, 2019", "", "MS TESTER: Hello."));
    assertThat(speakerOf(t, 1)).isEqualTo(new Speaker("Tester", Role.PARTICIPANT, null, null));
    assertThat(t.paragraphs().get(0).turn().speakerLabel()).isEqualTo("MS TESTER");
    Transcript inTerm =
        reader.parse(
            "state/2022-01-24-briefing.txt",
            lines("Briefing", "January 24, 2022", "", "MS TESTER: Hello."));
    assertThat(speakers(inTerm)).containsExactly("Tina Tester");
  }

  @Test
  void press_availability_resolves_the_secretary_and_the_moderating_spokesperson()
      throws Exception {
    // Real lines, verbatim, from
    // corpus/state-department/2021-05-25-secretary-antony-j-blinken-at-a-press-availability.txt
    Transcript t =
        READER.parse(
            "state/2021-05-25-blinken-jerusalem.txt",
            lines(
                "Secretary Antony J. Blinken at a Press Availability",
                "Antony J. Blinken, Secretary of State",
                "Jerusalem",
                "May 25, 2021",
                "",
                "SECRETARY BLINKEN:  Good evening, everyone.  Ah, must be a slow night. "
                    + " (Laughter.)  Good to see you all.",
                "",
                "MR PRICE:  We’ll start with Lara Jakes, New York Times.",
                "",
                "QUESTION:  Good evening, Secretary Blinken.  Hello.",
                "",
                "SECRETARY BLINKEN:  Where are you, Lara?  Oh, there you are.",
                "",
                "MR PRICE:  Thank you very much, everybody."));
    assertThat(speakers(t))
        .containsExactly("Antony Blinken", "Ned Price", "?", "Antony Blinken", "Ned Price");
    assertThat(speakerOf(t, 1).title()).isEqualTo("Secretary of State");
    assertThat(speakerOf(t, 2).role()).isEqualTo(Role.MODERATOR);
    assertThat(speakerOf(t, 3).role()).isEqualTo(Role.JOURNALIST);
    assertThat(t.paragraphs().get(3).question().text())
        .isEqualTo("Good evening, Secretary Blinken. Hello.");
    assertThat(t.paragraphs().get(4).question()).isNull();
  }

  private static final String UN_STAKEOUT =
      lines(
          "Secretary-General's remarks to the press on the situation in Testland",
          "",
          "New York, 24 February 2022",
          "",
          "SPOKESPERSON SAMPLE: Good morning. The Secretary-General will make a statement.",
          "",
          "SECRETARY-GENERAL: This is a sad moment.",
          "",
          "QUESTION: What can Test Nations do now?",
          "",
          "SECRETARY-GENERAL: We will provide humanitarian assistance.");

  @Test
  void un_stakeout_resolves_spokesperson_and_secretary_general_by_date() throws Exception {
    Transcript t = fictionalReader().parse("un/2022-02-24-sg-stakeout.txt", UN_STAKEOUT);
    assertThat(speakers(t))
        .containsExactly("Sam Sample", "Tess Testington", "?", "Tess Testington");
    assertThat(speakerOf(t, 1).role()).isEqualTo(Role.MODERATOR);
    assertThat(speakerOf(t, 2).title()).isEqualTo("Test Nations Secretary-General");
    assertThat(t.paragraphs().get(3).question().text()).isEqualTo("What can Test Nations do now?");
    // the shipped registry, by label alone
    LocalDate date = LocalDate.of(2022, 2, 24);
    assertThat(REGISTRY.holderOf("SECRETARY-GENERAL", date, "UN").map(p -> p.name()))
        .contains("António Guterres");
    assertThat(REGISTRY.holderOf("Spokesperson", date, "UN").map(p -> p.name()))
        .contains("Stéphane Dujarric");
  }

  @Test
  void shared_title_without_a_known_organisation_is_not_guessed() throws Exception {
    Transcript t = fictionalReader().parse("2022-02-24-sg-stakeout.txt", UN_STAKEOUT);
    assertThat(speakerOf(t, 2).name()).isNull();
    assertThat(t.paragraphs().get(1).turn().speakerLabel()).isEqualTo("SECRETARY-GENERAL");
  }

  @Test
  void eu_remarks_without_date_line_take_date_from_file_name_and_speaker_from_title()
      throws Exception {
    Transcript t =
        fictionalReader()
            .parse(
                "eu/2024-12-16-fac-press-remarks.txt",
                lines(
                    "Council: Press remarks by High Representative Hana Example after the meeting",
                    "",
                    "Good afternoon.",
                    "Today ministers discussed Testland and Exampleland.",
                    "",
                    "Question: Will you visit Testland?",
                    "",
                    "HR/VP Example: Yes, soon.",
                    "",
                    "Question (Example News): And Exampleland?",
                    "",
                    "High Representative: We are concerned about the situation."));
    assertThat(t.date()).isEqualTo(LocalDate.of(2024, 12, 16));
    assertThat(t.title()).startsWith("Council: Press remarks");
    assertThat(speakers(t))
        .containsExactly("Hana Example", "?", "Hana Example", "?", "Hana Example");
    assertThat(speakerOf(t, 1).title()).isEqualTo("Test Union High Representative");
    assertThat(speakerOf(t, 4)).isEqualTo(new Speaker(null, Role.JOURNALIST, "Example News", null));
    // the shipped registry, by label alone
    LocalDate date = LocalDate.of(2024, 12, 16);
    assertThat(REGISTRY.holderOf("High Representative", date, "EU").map(p -> p.name()))
        .contains("Kaja Kallas");
    assertThat(REGISTRY.named("HR/VP Kallas", date, null).map(p -> p.name()))
        .contains("Kaja Kallas");
  }

  @Test
  void un_noon_briefing_tells_spokesman_from_deputy_spokesman() throws Exception {
    Transcript t =
        fictionalReader()
            .parse(
                "un/2022-03-03-noon-briefing.txt",
                lines(
                    "Daily Press Briefing by the Office of the Spokesperson",
                    "",
                    "3 March 2022",
                    "",
                    "Spokesman: Good afternoon.",
                    "",
                    "Question: Sam, on Testland, what is the latest?",
                    "",
                    "Spokesman: We continue to call for a ceasefire.",
                    "",
                    "Deputy Spokesman: I have one more note."));
    assertThat(speakers(t)).containsExactly("Sam Sample", "?", "Sam Sample", "Dana Example");
    assertThat(speakerOf(t, 3).role()).isEqualTo(Role.OFFICIAL);
    // the shipped registry, by label alone
    LocalDate date = LocalDate.of(2022, 3, 3);
    assertThat(REGISTRY.holderOf("Spokesman", date, "UN").map(p -> p.name()))
        .contains("Stéphane Dujarric");
    assertThat(REGISTRY.holderOf("Deputy Spokesman", date, "UN").map(p -> p.name()))
        .contains("Farhan Haq");
  }

  @Test
  void bare_title_of_another_organisation_is_not_taken() throws Exception {
    CorpusReader reader = fictionalReader();
    Transcript t =
        reader.parse(
            "state/2022-03-03-briefing.txt",
            lines("Briefing", "", "Deputy Spokesman: Good afternoon."));
    assertThat(speakerOf(t, 1).name()).isNull();
    Transcript qualified =
        reader.parse(
            "nato/2022-03-03-doorstep.txt",
            lines("Doorstep", "", "Testland Ambassador to the Test Alliance: Good morning."));
    assertThat(speakers(qualified)).containsExactly("Robin Roe");
    // the shipped registry, by label alone
    assertThat(
            REGISTRY
                .holderOf("US Ambassador to NATO", LocalDate.of(2022, 3, 3), null)
                .map(p -> p.name()))
        .contains("Julianne Smith");
  }

  @Test
  void older_nato_layout_with_capital_names_and_bracketed_titles_resolves() throws Exception {
    // Real lines, verbatim, from
    // corpus/nato/2022-01-07-press-conference-extraordinary-foreign-ministers.txt, set out in the
    // older layout
    Transcript t =
        READER.parse(
            "nato/2022-01-07-press-conference.txt",
            lines(
                "Press conference",
                "",
                "07 Jan. 2022",
                "",
                "OANA LUNGESCU [NATO Spokesperson]: And we will take questions both here in the"
                    + " room but also online.",
                "",
                "JENS STOLTENBERG (NATO Secretary General): It was a very strong and unified"
                    + " message from all Allies today.",
                "",
                "OANA LUNGESCU: Okay, we'll go to Wall Street Journal.",
                "",
                "JAMES MARSON [Wall Street Journal]: Thanks, Oana. Secretary General, James Marson"
                    + " from The Wall Street Journal.",
                "",
                "JENS STOLTENBERG: The Russian military build-up has not stopped, it continues."));
    assertThat(speakers(t))
        .containsExactly(
            "Oana Lungescu",
            "Jens Stoltenberg",
            "Oana Lungescu",
            "James Marson",
            "Jens Stoltenberg");
    assertThat(speakerOf(t, 1).role()).isEqualTo(Role.MODERATOR);
    assertThat(speakerOf(t, 4))
        .isEqualTo(new Speaker("James Marson", Role.JOURNALIST, "Wall Street Journal", null));
    assertThat(t.paragraphs().get(4).question().text())
        .isEqualTo("Thanks, Oana. Secretary General, James Marson from The Wall Street Journal.");
  }

  @Test
  void office_title_names_the_holder_on_the_date() throws Exception {
    // "Thank you." is a real line of each: corpus/whitehouse/2025-03-13-remarks-by-president-
    // trump-and-nato-secretary-general-mark-rutte-before-bilatera.txt and
    // corpus/nato/2022-01-07-press-conference-extraordinary-foreign-ministers.txt
    String text = lines("Remarks", "", "NATO Secretary General: Thank you.");
    assertThat(speakers(READER.parse("nato/2025-03-13-remarks.txt", text)))
        .containsExactly("Mark Rutte");
    assertThat(speakers(READER.parse("nato/2022-01-07-press-conference.txt", text)))
        .containsExactly("Jens Stoltenberg");
  }

  @Test
  void spokesperson_title_resolves_through_the_registry() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-01-07-press-conference.txt",
            lines(
                "Press conference",
                "",
                "NATO Spokesperson: We will go to ZDF.",
                "",
                "Q: A question?"));
    assertThat(speakerOf(t, 1))
        .isEqualTo(new Speaker("Oana Lungescu", Role.MODERATOR, null, "NATO Spokesperson"));
  }

  @Test
  void short_title_refers_to_the_person_named_earlier_in_the_document() throws Exception {
    // Real lines, verbatim, from corpus/state-department/2022-05-27-secretary-antony-j-blinken-
    // and-finnish-foreign-minister-pekka-haavisto-at-a-join.txt
    Transcript t =
        READER.parse(
            "nato/2022-05-27-joint.txt",
            lines(
                "Joint press availability",
                "",
                "Finnish Foreign Minister Pekka Haavisto: Thank you for the question.",
                "",
                "Finnish Foreign Minister: Actually, a couple of weeks ago I participated in"
                    + " Berlin the NATO ministerial meeting.",
                "",
                "MINISTER HAAVISTO: And Finland is committed to continue supporting Ukraine and we"
                    + " have been also sending the little packages to Ukraine."));
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
          - name: Tom Testmiller
            organisation: US State Department
            terms: [{office: Department Spokesperson, from: 2023-05-01}]
          - name: Tina Testmiller
            organisation: US State Department
            terms: [{office: Deputy Secretary of State, from: 2023-01-01}]
        """,
        StandardCharsets.UTF_8);
    CorpusReader reader = new CorpusReader(SpeakerRegistryLoader.load(yaml));
    Transcript t =
        reader.parse(
            "state/2024-01-10-briefing.txt",
            lines(
                "Briefing", "", "MR TESTMILLER: Good afternoon.", "", "MS TESTMILLER: Thank you."));
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speakerLabel(), p -> p.turn().speaker().name())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("MR TESTMILLER", "Testmiller"),
            org.assertj.core.api.Assertions.tuple("MS TESTMILLER", "Testmiller"));
    Transcript titled =
        reader.parse(
            "state/2024-01-10-briefing.txt",
            lines("Briefing", "", "Department Spokesperson Testmiller: Good afternoon."));
    assertThat(speakers(titled)).containsExactly("Tom Testmiller");
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
        fictionalReader()
            .parse(
                "nato/2022-01-07-x.txt",
                lines(
                    "Press point",
                    "",
                    "Opening words.",
                    "",
                    "Robin Roe (Example News): A question?",
                    "",
                    "Terry Testman (Test Alliance Secretary General): An answer."));
    assertThat(speakerOf(t, 2))
        .isEqualTo(new Speaker("Robin Roe", Role.JOURNALIST, "Example News", null));
    assertThat(speakerOf(t, 3))
        .isEqualTo(
            new Speaker("Terry Testman", Role.OFFICIAL, null, "Test Alliance Secretary General"));
  }

  @Test
  void answer_label_is_the_by_line_speaker() throws Exception {
    Transcript t =
        fictionalReader()
            .parse(
                "state/interview.txt",
                lines(
                    "Interview",
                    "2023-02-01",
                    "by Minister of Testland Tina Tester",
                    "",
                    "Q: How do you see the situation?",
                    "",
                    "A: It is serious."));
    assertThat(speakers(t)).containsExactly("?", "Tina Tester");
    assertThat(speakerOf(t, 1)).isEqualTo(QUESTIONER);
  }

  @Test
  void moderator_label_is_a_moderator_and_is_not_an_answer() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-05-27-x.txt",
            lines(
                "Panel",
                "",
                "MODERATOR: Welcome.",
                "",
                "QUESTION: Why?",
                "",
                "MODERATOR: Let us hear the minister.",
                "",
                // a real line: corpus/state-department/2022-05-27-...-pekka-haavisto-at-a-join.txt
                "Finnish Foreign Minister Pekka Haavisto: Thank you for the question."));
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speaker().role())
        .containsExactly(Role.MODERATOR, Role.JOURNALIST, Role.MODERATOR, Role.OFFICIAL);
    assertThat(t.paragraphs().get(2).question()).isNull();
    assertThat(t.paragraphs().get(3).question().text()).isEqualTo("Why?");
  }

  @Test
  void opening_speaker_comes_from_the_front_matter_hint() throws Exception {
    Transcript t =
        fictionalReader()
            .parse(
                "remarks.txt",
                lines(
                    "---",
                    "date: 2024-12-16",
                    "speakers:",
                    "  default: Hana Example",
                    "---",
                    "Remarks",
                    "",
                    "Good afternoon."));
    assertThat(List.of(speakerOf(t, 1).name(), speakerOf(t, 1).title()))
        .containsExactly("Hana Example", "Test Union High Representative");
  }
}

package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.lines;
import static org.parley.ingest.Fixtures.texts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.SpeakerRegistryLoader;
import org.parley.speakers.Role;

/** Layouts Parley must read, in invented words spoken by invented people. */
class FictionalLayoutsTest {
  @TempDir Path dir;

  private static Speaker speakerOf(Transcript t, int ordinal) {
    return t.paragraphs().get(ordinal - 1).turn().speaker();
  }

  @Test
  void hard_wrapped_briefing_finds_labels_only_where_a_turn_can_start() throws Exception {
    Transcript t =
        READER.parse(
            "briefings/2023-03-01-briefing.txt",
            lines(
                "---",
                "title: Test Briefing",
                "date: 2023-03-01",
                "---",
                "",
                "1:02 P.M. EST",
                "",
                "MS. TESTSPEAKER:  Good afternoon.  We have a long test paragraph that",
                "wraps at the seventy-second column, as an archive prints it.",
                "",
                "Q    Thanks.  I wanted to ask about the test plan regarding",
                "SWIFT: at what point does it start?",
                "",
                "MS. TESTSPEAKER:  Soon.",
                "",
                "(Laughter.)",
                "",
                "And that is all.",
                "",
                "END 1:30 P.M. EST",
                "",
                "\\###"));
    assertThat(texts(t))
        .containsExactly(
            "Good afternoon. We have a long test paragraph that wraps at the seventy-second"
                + " column, as an archive prints it.",
            "Thanks. I wanted to ask about the test plan regarding SWIFT: at what point does it"
                + " start?",
            "Soon.",
            "(Laughter.)",
            "And that is all.");
    Speaker tester = new Speaker("Testspeaker", Role.PARTICIPANT, null, null);
    assertThat(speakerOf(t, 1)).isEqualTo(tester);
    assertThat(speakerOf(t, 2).role()).isEqualTo(Role.JOURNALIST);
    assertThat(speakerOf(t, 3)).isEqualTo(tester);
    assertThat(speakerOf(t, 4)).isEqualTo(Speaker.EDITORIAL);
    assertThat(speakerOf(t, 5)).isEqualTo(tester);
    assertThat(t.paragraphs().get(4).question().turn()).isEqualTo(2);
  }

  @Test
  void capital_title_and_surname_of_an_unregistered_official_are_cased_for_display()
      throws Exception {
    Transcript t =
        READER.parse(
            "briefings/2023-03-01-remarks.txt",
            lines(
                "Remarks",
                "",
                "March 1, 2023",
                "",
                "FOREIGN MINISTER DE TESTVILLE:  Thank you.",
                "",
                "PRIME MINISTER MCTEST:  Thank you too."));
    assertThat(speakerOf(t, 1))
        .isEqualTo(new Speaker("De Testville", Role.OFFICIAL, null, "Foreign Minister"));
    assertThat(speakerOf(t, 2))
        .isEqualTo(new Speaker("McTest", Role.OFFICIAL, null, "Prime Minister"));
  }

  @Test
  void un_spokesperson_briefing_resolves_the_spokesperson_by_organisation_and_date()
      throws Exception {
    Path yaml = dir.resolve("speakers.yaml");
    Files.writeString(
        yaml,
        """
        organisations: [{name: UN, aliases: [un]}]
        offices:
          - {title: UN Spokesperson, organisation: UN, aliases: [Spokesperson]}
          - {title: UN Deputy Spokesperson, organisation: UN, aliases: [Deputy Spokesperson]}
        persons:
          - name: Test Speaker
            organisation: UN
            terms: [{office: UN Spokesperson, from: 2020-01-01}]
          - name: Other Test Speaker
            organisation: UN
            terms: [{office: UN Deputy Spokesperson, from: 2020-01-01}]
        """,
        StandardCharsets.UTF_8);
    CorpusReader reader = new CorpusReader(SpeakerRegistryLoader.load(yaml));
    Transcript t =
        reader.parse(
            "un/2024-02-01-noon-briefing.txt",
            lines(
                "Daily Press Briefing",
                "",
                "1 February 2024",
                "",
                "Spokesperson: Good afternoon.",
                "",
                "Question: Is there a test today?",
                "",
                "Spokesperson: There is.",
                "",
                "Deputy Spokesperson: And tomorrow."));
    assertThat(Fixtures.speakers(t))
        .containsExactly("Test Speaker", "?", "Test Speaker", "Other Test Speaker");
    assertThat(speakerOf(t, 2).role()).isEqualTo(Role.JOURNALIST);
    assertThat(speakerOf(t, 3).role()).isEqualTo(Role.OFFICIAL);
    assertThat(t.paragraphs().get(2).question().text()).isEqualTo("Is there a test today?");
  }

  @Test
  void a_journalist_named_without_outlet_who_asks_once_at_a_news_conference_is_a_questioner()
      throws Exception {
    Transcript t =
        READER.parse(
            "conferences/2023-12-14-annual-news-conference.txt",
            lines(
                "---",
                "title: Annual news conference of the President of Testland",
                "date: 2023-12-14",
                "---",
                "",
                "Moderator: Next question, in the centre section.",
                "",
                "Tess Testington: Good afternoon, Mr President.",
                "",
                "President of Testland Tom Tester: Good afternoon.",
                "",
                "Tess Testington: Tess Testington, Example News.",
                "",
                "My question is about the test treaty. Will it be signed this year, and what"
                    + " will happen to the test islands?",
                "",
                "President of Testland Tom Tester: The test treaty will be signed when both"
                    + " sides are ready.",
                "",
                "Sam Sample: Thank you. Why has the test harbour been closed for so long, and when"
                    + " will the ferries to the test islands run again?",
                "",
                "President of Testland Tom Tester: It is being repaired."));
    Paragraph answer =
        t.paragraphs().stream()
            .filter(p -> p.text().startsWith("The test treaty will be signed"))
            .findFirst()
            .orElseThrow();
    assertThat(answer.question()).isNotNull();
    assertThat(answer.question().speaker().name()).isEqualTo("Tess Testington");
    assertThat(answer.question().speaker().role()).isEqualTo(Role.JOURNALIST);
    Paragraph second =
        t.paragraphs().stream()
            .filter(p -> p.text().startsWith("Thank you. Why has"))
            .findFirst()
            .orElseThrow();
    // A question is never answered by another question.
    assertThat(second.question()).isNull();
    assertThat(second.turn().speaker().role()).isEqualTo(Role.JOURNALIST);
  }
}

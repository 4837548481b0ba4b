package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.lines;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionCountsTest {
  @Test
  void paragraphs_are_counted_by_folder_as_person_role_only_or_unattributed() throws Exception {
    Transcript briefing =
        READER.parse(
            "briefings/2024-05-02-briefing.txt",
            lines(
                "Briefing",
                "",
                "Test Speaker (Example News): A question?",
                "",
                "MODERATOR: Next.",
                "",
                "Another Test Speaker, Test Office Director: An answer."));
    Transcript unlabelled =
        READER.parse("2024-05-03-note.txt", lines("Note", "", "Some text.", "", "More text."));
    Transcript editorial =
        READER.parse(
            "briefings/2024-05-04-meeting.txt",
            lines("Meeting", "", "The meeting took place.", "", "Test Speaker: Thank you."));
    CorpusSnapshot snapshot =
        new CorpusSnapshot(List.of(briefing, unlabelled, editorial), List.of(), "h", List.of());

    AttributionCounts counts = AttributionCounts.of(snapshot);

    assertThat(counts.folders())
        .containsExactly(
            new AttributionCounts.Row(AttributionCounts.TOP, 1, 2, 0, 0, 2, 0),
            new AttributionCounts.Row("briefings", 2, 5, 3, 2, 0, 0));
    assertThat(counts.total()).isEqualTo(new AttributionCounts.Row("total", 3, 7, 3, 2, 2, 0));
    assertThat(counts.folders().get(0).unattributedShare()).isEqualTo(1.0);
    assertThat(counts.folders().get(1).unattributedShare()).isZero();
  }

  @Test
  void an_empty_snapshot_has_no_rows_and_a_zero_total() {
    AttributionCounts counts =
        AttributionCounts.of(new CorpusSnapshot(List.of(), List.of(), "h", List.of()));
    assertThat(counts.folders()).isEmpty();
    assertThat(counts.total().unattributedShare()).isZero();
  }
}

package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.speakers.Role;

/**
 * How well the paragraphs of a snapshot are attributed, per top-level corpus folder: to a named
 * person, to a role only (a journalist, moderator, operator, the editor, an official on
 * background), or to nobody. Files directly in the corpus folder count under {@code "."}.
 *
 * @param folders one row per folder, sorted by folder name
 */
public record AttributionCounts(List<Row> folders) {
  /** The folder name used for files at the top of the corpus. */
  public static final String TOP = ".";

  /**
   * @param folder the top-level folder ("nato")
   * @param documents transcripts read from it
   * @param paragraphs their paragraphs
   * @param person paragraphs whose speaker has a name
   * @param roleOnly paragraphs whose speaker has no name but a known role
   * @param unattributed paragraphs whose speaker is {@link Speaker#UNKNOWN}
   * @param approximateDate paragraphs of transcripts whose date is approximate
   */
  public record Row(
      String folder,
      int documents,
      int paragraphs,
      int person,
      int roleOnly,
      int unattributed,
      int approximateDate) {
    /** The share of paragraphs nobody is credited with, 0 to 1 (0 for an empty folder). */
    public double unattributedShare() {
      return paragraphs == 0 ? 0 : (double) unattributed / paragraphs;
    }

    private Row plus(Row other, String name) {
      return new Row(
          name,
          documents + other.documents,
          paragraphs + other.paragraphs,
          person + other.person,
          roleOnly + other.roleOnly,
          unattributed + other.unattributed,
          approximateDate + other.approximateDate);
    }
  }

  public AttributionCounts {
    folders = List.copyOf(folders);
  }

  /** Counts {@code snapshot}'s transcripts by the folder their file is in. */
  public static AttributionCounts of(CorpusSnapshot snapshot) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Transcript transcript : snapshot.transcripts()) {
      int[] c =
          counts.computeIfAbsent(
              DocumentPaths.topFolder(transcript.file()).orElse(TOP), k -> new int[6]);
      c[0]++;
      boolean approximate = transcript.provenance().datePrecision() == DatePrecision.APPROXIMATE;
      for (Paragraph paragraph : transcript.paragraphs()) {
        Speaker speaker = paragraph.turn().speaker();
        c[1]++;
        c[5] += approximate ? 1 : 0;
        if (speaker.isKnown()) {
          c[2]++;
        } else if (speaker.role() != Role.UNKNOWN) {
          c[3]++;
        } else {
          c[4]++;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((folder, c) -> rows.add(new Row(folder, c[0], c[1], c[2], c[3], c[4], c[5])));
    return new AttributionCounts(rows);
  }

  /** All folders added up, under the folder name {@code "total"}. */
  public Row total() {
    Row total = new Row("total", 0, 0, 0, 0, 0, 0);
    for (Row row : folders) {
      total = total.plus(row, "total");
    }
    return total;
  }
}

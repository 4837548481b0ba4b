package org.parley.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Provenance;
import org.parley.ingest.Speaker;
import org.parley.ingest.Transcript;
import org.parley.ingest.Turn;
import org.parley.speakers.Role;

class ParagraphDocumentsTest {
  @TempDir Path tmp;

  private static Transcript transcript(Paragraph... paragraphs) {
    return new Transcript(
        "2022-01-07-briefing",
        "briefing.txt",
        "Briefing",
        null,
        LocalDate.of(2022, 1, 7),
        null,
        null,
        null,
        false,
        List.of(paragraphs),
        Provenance.NONE);
  }

  @Test
  void paragraphs_with_and_without_a_known_speaker_fit_one_schema_in_any_segment_order()
      throws IOException {
    Speaker known = new Speaker("Test Speaker", Role.OFFICIAL, null, null);
    Paragraph said =
        new Paragraph(
            1,
            "Arms control matters.",
            new Turn(1, "Minister", known, false),
            null,
            null,
            List.of());
    Paragraph unlabelled =
        new Paragraph(
            2, "Good afternoon.", new Turn(2, null, Speaker.UNKNOWN, false), null, null, List.of());
    Transcript t = transcript(said, unlabelled);
    try (Directory dir = FSDirectory.open(tmp);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      // A new segment that starts with an unknown speaker, after one that had a known speaker:
      // the case that a schema with the speaker field indexed but without doc values breaks.
      writer.addDocument(ParagraphDocuments.toDocument(t, said, List.of()));
      writer.flush();
      writer.addDocument(ParagraphDocuments.toDocument(t, unlabelled, List.of()));
      writer.addDocument(ParagraphDocuments.toDocument(t, said, List.of()));
      writer.commit();
    }
    try (Directory dir = FSDirectory.open(tmp);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.maxDoc()).isEqualTo(3);
      Document unknown = reader.storedFields().document(1);
      assertThat(unknown.get(Schema.SPEAKER)).isNull();
    }
  }
}

package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.BuildRefusedException;
import org.parley.index.BuildReport;
import org.parley.index.IndexVerifier;
import org.parley.index.Schema;
import org.parley.ingest.SkippedFile;

/**
 * Two files that claim the same document id (the same front matter id, two file names with the same
 * slug, a JSON Lines record reusing a transcript's id). Documented rule: the first in sorted path
 * order is indexed, every later one is skipped with a reason naming the first; paragraph ids stay
 * unique in the index.
 */
@Tag("integration")
class DuplicateDocumentsTest {
  @TempDir Path tmp;

  private static String transcript(String frontId, String word) {
    String front = frontId == null ? "" : "---\nid: " + frontId + "\n---\n";
    return front
        + "Press point\n\nby Minister Test Speaker of the Republic of Examplestan\n\n10 Jan. 2022 -\n\n"
        + "First paragraph about "
        + word
        + ".\n\nSecond paragraph about "
        + word
        + ".\n";
  }

  @Test
  void a_second_document_with_the_same_id_is_skipped_naming_the_first() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(corpus, "a/2022-01-10-original.txt", transcript("shared-id", "apples"));
    write(corpus, "b/2022-01-10-copy.txt", transcript("shared-id", "pears"));
    write(corpus, "2022-01-10 Press Point.txt", transcript(null, "plums"));
    write(corpus, "2022-01-10-press-point.txt", transcript(null, "cherries"));
    write(
        corpus,
        "z-records.jsonl",
        "{\"doc_id\": \"shared-id\", \"date\": \"2022-01-10\", \"text\": \"Grapes.\"}\n");

    try (Workspace ws = Workspace.over(tmp, corpus)) {
      BuildReport report = ws.build(false);
      Map<String, String> skipped = new HashMap<>();
      for (SkippedFile s : report.skipped()) {
        skipped.put(s.file(), s.reason());
      }
      assertThat(skipped)
          .containsOnlyKeys(
              "b/2022-01-10-copy.txt", "2022-01-10-press-point.txt", "z-records.jsonl");
      assertThat(skipped.get("b/2022-01-10-copy.txt"))
          .isEqualTo("duplicate document id 'shared-id' (first in a/2022-01-10-original.txt)");
      assertThat(skipped.get("2022-01-10-press-point.txt"))
          .contains("duplicate document id '2022-01-10-press-point'")
          .contains("2022-01-10 Press Point.txt");
      assertThat(report.documents()).isEqualTo(2);
      assertThat(report.paragraphs()).isEqualTo(4);
      assertThat(duplicateIds(ws)).isEmpty();
    }
  }

  @Test
  void the_verifier_refuses_a_generation_holding_a_paragraph_id_twice() throws IOException {
    try (Workspace ws = Workspace.create(tmp, 3, 2)) {
      ws.build(false);
      Path gen = ws.generations.path("gen-000001");
      // Append a second document with an existing id, as a defect upstream of the reader would.
      IndexWriterConfig iwc =
          new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND);
      try (Directory dir = FSDirectory.open(gen);
          IndexWriter writer = new IndexWriter(dir, iwc)) {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        data.put(
            "parley.paragraphs",
            Integer.toString(Integer.parseInt(data.get("parley.paragraphs")) + 1));
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, "2021-01-04-statement-000-p1", Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef("2021-01-04-statement-000-p1")));
        writer.addDocument(doc);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
      }
      assertThatThrownBy(() -> IndexVerifier.verify(gen, -1, List.of()))
          .isInstanceOf(BuildRefusedException.class)
          .hasMessage(
              "gen-000001: paragraph id 2021-01-04-statement-000-p1 is indexed more than once");
    }
  }

  private static void write(Path corpus, String name, String text) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Paragraph ids indexed more than once in the live generation. */
  static List<String> duplicateIds(Workspace ws) throws IOException {
    List<String> duplicates = new ArrayList<>();
    try (Directory dir = FSDirectory.open(ws.generations.path(ws.live()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Terms terms = MultiTerms.getTerms(reader, Schema.ID);
      TermsEnum e = terms.iterator();
      for (BytesRef term = e.next(); term != null; term = e.next()) {
        if (e.docFreq() > 1) {
          duplicates.add(term.utf8ToString() + " x" + e.docFreq());
        }
      }
    }
    return duplicates;
  }
}

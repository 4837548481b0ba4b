package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.ingest.Fixtures.READER;
import static org.parley.ingest.Fixtures.REGISTRY;
import static org.parley.ingest.Fixtures.lines;
import static org.parley.ingest.Fixtures.texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.speakers.Role;

class CorpusReaderTest {
  private static final String GOOD =
      lines("Statement", "", "07 Jan. 2022", "", "Allies met today.", "", "We are united.");

  @TempDir Path corpus;

  private Path write(String relativePath, String text) throws IOException {
    return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relativePath, byte[] bytes) throws IOException {
    Path file = corpus.resolve(relativePath);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static List<String> files(CorpusSnapshot snapshot) {
    return snapshot.transcripts().stream().map(Transcript::file).toList();
  }

  @Test
  void each_kind_of_bad_file_is_skipped_with_its_path_and_reason() throws IOException {
    write("a-good.txt", GOOD);
    write("bad/binary.txt", new byte[] {'H', 'i', 0, 1, 2});
    write("bad/empty.txt", new byte[0]);
    write("bad/latin1.txt", "Caf\u00e9 07 Jan. 2022".getBytes(StandardCharsets.ISO_8859_1));
    write("bad/no-date.txt", lines("Speech", "", "Hello."));
    write("bad/no-paragraphs-2022-01-07.txt", lines("Press conference", "", "07 Jan. 2022", "|"));
    write("bad/notes.md", "# notes");
    write("bad/too-large-2022-01-07.txt", "Title\n\n" + "x".repeat(2_000) + "\n");
    write("bad/whitespace.txt", "  \n\n \t\n");
    CorpusSnapshot snapshot = new CorpusReader(REGISTRY, 1_000).read(corpus);
    assertThat(files(snapshot)).containsExactly("a-good.txt");
    assertThat(snapshot.skipped())
        .extracting(SkippedFile::file, SkippedFile::reason)
        .containsExactly(
            tuple("bad/binary.txt", "binary file (contains NUL bytes)"),
            tuple("bad/empty.txt", "empty file"),
            tuple("bad/latin1.txt", "not valid UTF-8"),
            tuple("bad/no-date.txt", "no date in text, front matter or file name"),
            tuple("bad/no-paragraphs-2022-01-07.txt", "no paragraphs after the header"),
            tuple("bad/notes.md", "unsupported file type (expected .txt or .jsonl): bad/notes.md"),
            tuple("bad/too-large-2022-01-07.txt", "larger than the 1000-byte limit (2008 bytes)"),
            tuple("bad/whitespace.txt", "empty file (only whitespace)"));
  }

  @Test
  void byte_order_mark_and_crlf_or_cr_newlines_read_like_plain_lf() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = GOOD.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(body, 0, withBom, bom.length, body.length);
    write("bom-crlf.txt", withBom);
    write("cr.txt", GOOD.replace("\n", "\r"));
    write("lf.txt", GOOD);
    CorpusSnapshot snapshot = READER.read(corpus);
    assertThat(snapshot.skipped()).isEmpty();
    assertThat(snapshot.transcripts()).hasSize(3);
    for (Transcript t : snapshot.transcripts()) {
      assertThat(t.title()).isEqualTo("Statement");
      assertThat(t.date()).isEqualTo(LocalDate.of(2022, 1, 7));
      assertThat(texts(t)).containsExactly("Allies met today.", "We are united.");
    }
  }

  @Test
  void files_are_read_in_sorted_path_order_whatever_the_creation_order() throws IOException {
    for (String path :
        List.of("b/z.txt", "a.txt", "b/a/2.txt", "c.txt", "b/a/10.txt", "Z.txt", "b.txt")) {
      write(path, GOOD);
    }
    CorpusSnapshot first = READER.read(corpus);
    assertThat(files(first))
        .containsExactly("Z.txt", "a.txt", "b.txt", "b/a/10.txt", "b/a/2.txt", "b/z.txt", "c.txt");
    CorpusSnapshot second = READER.read(corpus);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void parallel_parsing_returns_the_same_snapshot_every_time() throws IOException {
    for (int i = 60; i > 0; i--) {
      write(String.format(java.util.Locale.ROOT, "nato/%02d/statement-%03d.txt", i % 7, i), GOOD);
    }
    CorpusSnapshot first = READER.read(corpus);
    assertThat(first.transcripts()).hasSize(60);
    assertThat(files(first)).isSorted();
    for (int run = 0; run < 3; run++) {
      assertThat(READER.read(corpus)).isEqualTo(first);
    }
  }

  @Test
  void content_hash_changes_with_content_or_path_only() throws IOException {
    write("a.txt", GOOD);
    String hash = READER.read(corpus).contentHash();
    assertThat(READER.read(corpus).contentHash()).isEqualTo(hash);
    write("a.txt", GOOD + "\nMore.\n");
    String changed = READER.read(corpus).contentHash();
    assertThat(changed).isNotEqualTo(hash);
    Files.move(corpus.resolve("a.txt"), corpus.resolve("b.txt"));
    assertThat(READER.read(corpus).contentHash()).isNotEqualTo(changed);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void symlink_loop_does_not_hang_and_no_link_is_followed() throws IOException {
    write("nato/a.txt", GOOD);
    Files.createSymbolicLink(corpus.resolve("nato/loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("nato/self"), corpus.resolve("nato/self"));
    Files.createSymbolicLink(corpus.resolve("nato/b.txt"), corpus.resolve("nato/a.txt"));
    CorpusSnapshot snapshot = READER.read(corpus);
    assertThat(files(snapshot)).containsExactly("nato/a.txt");
    assertThat(snapshot.skipped())
        .extracting(SkippedFile::file, SkippedFile::reason)
        .containsExactly(
            tuple("nato/b.txt", "symbolic link to a file, not followed"),
            tuple("nato/loop", "symbolic link to a directory, not followed"),
            tuple("nato/self", "broken or looping symbolic link"));
  }

  @Test
  void corpus_folder_given_as_a_link_is_read_through_it() throws IOException {
    Path real = Files.createDirectories(corpus.resolve("real"));
    Files.writeString(real.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(corpus.resolve("link"), real);
    CorpusSnapshot viaLink = READER.read(link);
    assertThat(files(viaLink)).containsExactly("a.txt");
    assertThat(viaLink.contentHash()).isEqualTo(READER.read(real).contentHash());
  }

  @Test
  void hidden_files_and_folders_are_ignored() throws IOException {
    write("a.txt", GOOD);
    write(".git/config.txt", GOOD);
    write("nato/.DS_Store", "junk");
    assertThat(files(READER.read(corpus))).containsExactly("a.txt");
    assertThat(READER.read(corpus).skipped()).isEmpty();
  }

  @Test
  void missing_corpus_folder_is_an_error() {
    assertThatThrownBy(() -> READER.read(corpus.resolve("missing")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corpus folder not found");
  }

  @Test
  void duplicate_document_ids_keep_the_first_in_path_order() throws IOException {
    String withId = "---\nid: same\n---\n" + GOOD;
    write("a.txt", withId);
    write("b.txt", withId);
    CorpusSnapshot snapshot = READER.read(corpus);
    assertThat(files(snapshot)).containsExactly("a.txt");
    assertThat(snapshot.skipped())
        .containsExactly(new SkippedFile("b.txt", "duplicate document id 'same' (first in a.txt)"));
  }

  @Test
  void front_matter_supplies_metadata_and_speaker_hints() throws Exception {
    Transcript t =
        READER.parse(
            "misc/remarks.txt",
            lines(
                "---",
                "id: eu-fac-2024-12-16",
                "title: Press remarks after the Foreign Affairs Council",
                "date: 16 December 2024",
                "source: https://www.eeas.europa.eu/example",
                "place: Brussels",
                "organisation: eeas",
                "speakers:",
                "  default: Test Speaker",
                "  labels:",
                "    HRVP: Test Speaker",
                "---",
                "Good afternoon. Ministers discussed Ukraine.",
                "",
                "QUESTION: What next?",
                "",
                "HRVP: We continue."));
    assertThat(t.id()).isEqualTo("eu-fac-2024-12-16");
    assertThat(t.title()).isEqualTo("Press remarks after the Foreign Affairs Council");
    assertThat(t.date()).isEqualTo(LocalDate.of(2024, 12, 16));
    assertThat(t.source()).isEqualTo("https://www.eeas.europa.eu/example");
    assertThat(t.place()).isEqualTo("Brussels");
    assertThat(texts(t))
        .containsExactly(
            "Good afternoon. Ministers discussed Ukraine.", "What next?", "We continue.");
    assertThat(t.paragraphs())
        .extracting(p -> p.turn().speakerLabel(), p -> p.turn().speaker().name())
        .containsExactly(
            tuple(null, "Test Speaker"), tuple("QUESTION", null), tuple("HRVP", "Test Speaker"));
    assertThat(t.paragraphs().get(2).question().text()).isEqualTo("What next?");
  }

  @Test
  void front_matter_date_wins_and_the_text_title_stays_when_none_is_given() throws Exception {
    Transcript t =
        READER.parse(
            "nato/2022-01-01-x.txt",
            lines("---", "date: 2022-01-07", "---", "Press conference", "", "Good afternoon."));
    assertThat(t.title()).isEqualTo("Press conference");
    assertThat(t.date()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(texts(t)).containsExactly("Good afternoon.");
  }

  @Test
  void bad_front_matter_makes_the_file_unusable_with_the_reason() throws IOException {
    write("unknown-key.txt", "---\ndate: 2022-01-07\nauthor: me\n---\nTitle\n\nText.\n");
    write("unclosed.txt", "---\ndate: 2022-01-07\nTitle\n\nText.\n");
    write("bad-date.txt", "---\ndate: soon\n---\nTitle\n\nText.\n");
    assertThat(READER.read(corpus).skipped())
        .extracting(SkippedFile::file, SkippedFile::reason)
        .containsExactly(
            tuple("bad-date.txt", "front matter: date: not a date: soon"),
            tuple("unclosed.txt", "front matter: no closing '---' line"),
            tuple("unknown-key.txt", "front matter: unknown key 'author'"));
  }

  @Test
  void json_lines_are_grouped_per_document_and_a_bad_line_is_reported_by_number()
      throws IOException {
    write(
        "feeds/records.jsonl",
        lines(
            // Real lines: Ned Price's briefing of 11 August 2021 and Jens Stoltenberg's press
            // conference of 7 January 2022, both in corpus/.
            "{\"doc_id\": \"d2\", \"title\": \"Department Press Briefing\", \"date\":"
                + " \"2021-08-11\", \"speaker\": \"Ned Price\", \"text\": \"Good afternoon.\"}",
            "{\"doc_id\": \"d1\", \"title\": \"Press conference\", \"date\": \"7 January 2022\","
                + " \"speaker_label\": \"NATO Secretary General\", \"text\": \"The risk of"
                + " conflict is real.\", \"topics\": [\"unity\"]}",
            "{\"doc_id\": \"d2\", \"speaker\": \"Test Reporter\", \"role\": \"journalist\","
                + " \"outlet\": \"Example News\", \"text\": \"What about Testland?\"}",
            "{not json}",
            "",
            "{\"doc_id\": \"d2\", \"speaker\": \"Ned Price\", \"text\": \"Matt, the Department of"
                + " Justice is speaking for the United States —\"}",
            "{\"doc_id\": \"d2\", \"speaker\": \"Ned Price\", \"text\": \"— in a law"
                + " enforcement matter.\"}",
            "{\"doc_id\": \"d3\", \"text\": \"No date anywhere.\"}",
            "{\"doc_id\": \"d2\", \"text\": \"\"}",
            "{\"doc_id\": \"d2\", \"text\": \"x\", \"colour\": \"red\"}"));
    CorpusSnapshot snapshot = READER.read(corpus);
    assertThat(snapshot.transcripts()).extracting(Transcript::id).containsExactly("d2", "d1");
    assertThat(snapshot.skipped())
        .extracting(SkippedFile::file)
        .containsOnly("feeds/records.jsonl");
    assertThat(snapshot.skipped())
        .extracting(SkippedFile::reason)
        .satisfiesExactly(
            r -> assertThat(r).isEqualTo("line 4: not a valid JSON record at column 2"),
            r -> assertThat(r).isEqualTo("line 9: missing text"),
            r -> assertThat(r).isEqualTo("line 10: unknown key 'colour'"),
            r -> assertThat(r).isEqualTo("doc_id 'd3': no date on any line"));

    Transcript briefing = snapshot.transcripts().get(0);
    assertThat(briefing.file()).isEqualTo("feeds/records.jsonl");
    assertThat(briefing.title()).isEqualTo("Department Press Briefing");
    assertThat(briefing.date()).isEqualTo(LocalDate.of(2021, 8, 11));
    assertThat(briefing.paragraphs())
        .extracting(
            Paragraph::ordinal,
            p -> p.turn().number(),
            p -> p.turn().speaker().name(),
            p -> p.turn().speaker().role())
        .containsExactly(
            tuple(1, 1, "Ned Price", Role.OFFICIAL),
            tuple(2, 2, "Test Reporter", Role.JOURNALIST),
            tuple(3, 3, "Ned Price", Role.OFFICIAL),
            tuple(4, 3, "Ned Price", Role.OFFICIAL));
    assertThat(briefing.paragraphs().get(1).turn().speaker().outlet()).isEqualTo("Example News");
    assertThat(briefing.paragraphs().get(3).question().text()).isEqualTo("What about Testland?");

    Transcript doorstep = snapshot.transcripts().get(1);
    assertThat(doorstep.paragraphs().get(0).turn().speaker().name()).isEqualTo("Jens Stoltenberg");
    assertThat(doorstep.paragraphs().get(0).presetTopics()).containsExactly("unity");
  }

  @Test
  void ids_that_differ_only_in_case_are_duplicates() throws IOException {
    write("B.txt", GOOD);
    write("b.txt", GOOD);
    CorpusSnapshot snapshot = READER.read(corpus);
    assertThat(files(snapshot)).containsExactly("B.txt");
    assertThat(snapshot.skipped())
        .containsExactly(new SkippedFile("b.txt", "duplicate document id 'b' (first in B.txt)"));
  }
}

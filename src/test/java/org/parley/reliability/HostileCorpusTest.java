package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ParleyConfig;
import org.parley.index.BuildReport;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.SkippedFile;
import org.parley.ingest.Transcript;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;

/**
 * Files no transcript folder should hold, but some will: each is skipped with its file and reason
 * (or indexed, when it is merely odd), nothing hangs, and the rest of the corpus is indexed.
 */
@Timeout(120)
@Tag("integration")
class HostileCorpusTest {
  private static final ParleyConfig CONFIG = ParleyConfig.load(Path.of("index-config"));

  @TempDir Path tmp;
  private Path corpus;

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    SyntheticCorpus.write(corpus, Workspace.SEED, 3, 3, 1);
  }

  private CorpusSnapshot read(long maxBytes) throws IOException {
    return new CorpusReader(CONFIG.speakers(), maxBytes).read(corpus);
  }

  private static Map<String, String> reasons(CorpusSnapshot snapshot) {
    return snapshot.skipped().stream()
        .collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason, (a, b) -> a + "; " + b));
  }

  private void write(String name, byte[] bytes) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  @Test
  void unusable_files_are_each_reported_with_file_and_reason() throws IOException {
    write("2022-01-01-empty.txt", new byte[0]);
    write("2022-01-02-blank.txt", "  \n\n\t\n".getBytes(StandardCharsets.UTF_8));
    write("2022-01-03-binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    write(
        "2022-01-04-latin1.txt",
        "D\u00e9claration du Secr\u00e9taire g\u00e9n\u00e9ral\n\nNous sommes pr\u00eats."
            .getBytes(StandardCharsets.ISO_8859_1));
    write(
        "2022-01-05-utf16.txt",
        "Statement\n\nWe stand together.".getBytes(StandardCharsets.UTF_16));
    write(
        "sub/no-date-anywhere.txt",
        "Statement\n\nWe stand together.\n".getBytes(StandardCharsets.UTF_8));
    write(
        "2022-01-06-front-matter-unclosed.txt",
        "---\ntitle: x\n\nText.\n".getBytes(StandardCharsets.UTF_8));
    write(
        "2022-01-07-records.jsonl",
        "{\"doc_id\": 1, \"text\": \"x\"\nnot json\n".getBytes(StandardCharsets.UTF_8));

    CorpusSnapshot snapshot = read(CorpusReader.DEFAULT_MAX_FILE_BYTES);
    Map<String, String> reasons = reasons(snapshot);
    System.out.println("hostile ingest reasons: " + reasons);
    assertThat(reasons)
        .containsEntry("2022-01-01-empty.txt", "empty file")
        .containsEntry("2022-01-02-blank.txt", "empty file (only whitespace)")
        .containsEntry("2022-01-03-binary.txt", "binary file (contains NUL bytes)")
        .containsEntry("2022-01-04-latin1.txt", "not valid UTF-8")
        .containsKey("2022-01-05-utf16.txt")
        .containsKey("sub/no-date-anywhere.txt")
        .containsKey("2022-01-06-front-matter-unclosed.txt")
        .containsKey("2022-01-07-records.jsonl");
    assertThat(reasons.get("sub/no-date-anywhere.txt")).contains("no date");
    assertThat(reasons.get("2022-01-06-front-matter-unclosed.txt")).contains("front matter");
    assertThat(reasons.get("2022-01-07-records.jsonl"))
        .contains("line 1: not a valid JSON record at column")
        .contains("line 2")
        .doesNotContain("`", "Source", "Feature");
    assertThat(snapshot.transcripts()).hasSize(3);
  }

  @Test
  void a_file_over_the_size_cap_is_skipped_naming_the_cap_without_being_read() throws IOException {
    byte[] big = new byte[4096];
    java.util.Arrays.fill(big, (byte) 'a');
    write("2022-02-01-huge.txt", big);
    CorpusSnapshot snapshot = read(1024);
    assertThat(reasons(snapshot).get("2022-02-01-huge.txt"))
        .contains("larger than")
        .contains("1024-byte limit")
        .contains("(4096 bytes)");
  }

  @Test
  void document_ids_that_would_change_a_url_are_refused_with_file_and_reason() throws IOException {
    Map<String, String> ids =
        Map.of(
            "slash", "nato/admin",
            "dots", "..",
            "bell", "\"press\\apoint\"",
            "newline", "\"press\\npoint\"",
            "query", "\"press?x=1\"",
            "space", "\"press point\"",
            "long", "a".repeat(201),
            "fine", "eu-fac-2024-12-16");
    for (Map.Entry<String, String> id : ids.entrySet()) {
      write(
          "2022-05-01-" + id.getKey() + ".txt",
          ("---\nid: " + id.getValue() + "\n---\nStatement\n\nWe stand together.\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    write(
        "2022-05-02-records.jsonl",
        "{\"doc_id\": \"../x\", \"date\": \"2022-05-02\", \"text\": \"x\"}\n"
            .getBytes(StandardCharsets.UTF_8));

    CorpusSnapshot snapshot = read(CorpusReader.DEFAULT_MAX_FILE_BYTES);
    Map<String, String> reasons = reasons(snapshot);
    System.out.println("refused document ids: " + reasons);
    assertThat(reasons)
        .containsOnlyKeys(
            "2022-05-01-slash.txt",
            "2022-05-01-dots.txt",
            "2022-05-01-bell.txt",
            "2022-05-01-newline.txt",
            "2022-05-01-query.txt",
            "2022-05-01-space.txt",
            "2022-05-01-long.txt",
            "2022-05-02-records.jsonl");
    assertThat(reasons.get("2022-05-01-slash.txt")).startsWith("front matter: id: contains '/'");
    assertThat(reasons.get("2022-05-01-dots.txt")).startsWith("front matter: id: contains '..'");
    assertThat(reasons.get("2022-05-01-bell.txt")).contains("control").contains("U+0007");
    assertThat(reasons.get("2022-05-01-newline.txt")).contains("U+000A");
    assertThat(reasons.get("2022-05-01-query.txt")).contains("'?'");
    assertThat(reasons.get("2022-05-01-space.txt")).contains("U+0020");
    assertThat(reasons.get("2022-05-01-long.txt")).contains("longer than 200 characters");
    assertThat(reasons.get("2022-05-02-records.jsonl"))
        .isEqualTo("line 1: doc_id: contains '..'" + "; document ids become URL path segments");
    assertThat(reasons.values()).allSatisfy(r -> assertThat(r).doesNotContain("admin"));
    assertThat(snapshot.transcripts())
        .extracting(Transcript::id)
        .hasSize(4)
        .contains("eu-fac-2024-12-16");
  }

  @Test
  void a_one_megabyte_single_line_is_indexed_and_found_quickly() throws IOException {
    StringBuilder line = new StringBuilder(1 << 20);
    Random random = new Random(Workspace.SEED);
    while (line.length() < (1 << 20)) {
      line.append("word").append(random.nextInt(100_000)).append(' ');
    }
    line.append("needleinthehaystack.");
    // Highlighting looks at a paragraph's first 100,000 characters; a match there is marked.
    line.insert(50_000, " earlyneedle ");
    write("2022-03-01-one-line.txt", line.toString().getBytes(StandardCharsets.UTF_8));
    // And one megabyte without a single space or colon: one giant "word".
    write("2022-03-02-no-spaces.txt", "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8));

    long start = System.nanoTime();
    CorpusSnapshot snapshot = read(CorpusReader.DEFAULT_MAX_FILE_BYTES);
    Duration parse = Duration.ofNanos(System.nanoTime() - start);
    assertThat(parse).isLessThan(Duration.ofSeconds(20));
    assertThat(snapshot.skipped()).isEmpty();

    try (Workspace ws = Workspace.over(tmp, corpus)) {
      BuildReport report = ws.build(false);
      assertThat(report.skipped()).isEmpty();
      assertThat(report.documents()).isEqualTo(5);
      try (SearchStack stack = ws.open(0)) {
        long t = System.nanoTime();
        var hits = stack.search().search(SearchRequest.of("needleinthehaystack")).hits();
        assertThat(hits).hasSize(1);
        // Past the highlighter's window: found, and the snippet is the paragraph's start.
        assertThat(hits.get(0).highlight()).startsWith("word").doesNotContain("<mark>");
        hits = stack.search().search(SearchRequest.of("earlyneedle")).hits();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).highlight()).contains("<mark>earlyneedle</mark>");
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(10));
      }
    }
  }

  @Test
  void symlink_loops_and_links_do_not_hang_and_are_reported() throws IOException {
    Path loop = corpus.resolve("loop");
    try {
      Files.createSymbolicLink(loop, corpus);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links unsupported here").isTrue();
    }
    Files.createSymbolicLink(corpus.resolve("self.txt"), corpus.resolve("self.txt"));
    Path outside =
        Files.writeString(tmp.resolve("2022-04-01-outside.txt"), "Statement\n\nOutside.\n");
    Files.createSymbolicLink(corpus.resolve("2022-04-01-outside.txt"), outside);
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));

    CorpusSnapshot snapshot = read(CorpusReader.DEFAULT_MAX_FILE_BYTES);
    assertThat(snapshot.transcripts()).hasSize(3);
    assertThat(reasons(snapshot))
        .containsKeys("loop", "self.txt", "2022-04-01-outside.txt", "dangling.txt")
        .allSatisfy((file, reason) -> assertThat(reason).contains("symbolic link"));
  }

  @Test
  void a_corpus_folder_given_as_a_symlink_is_read_through_it() throws IOException {
    Path link = tmp.resolve("corpus-link");
    try {
      Files.createSymbolicLink(link, corpus);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links unsupported here").isTrue();
    }
    CorpusSnapshot direct = read(CorpusReader.DEFAULT_MAX_FILE_BYTES);
    CorpusSnapshot viaLink = new CorpusReader(CONFIG.speakers()).read(link);
    assertThat(viaLink.skipped()).isEmpty();
    assertThat(viaLink.transcripts()).hasSize(3);
    assertThat(viaLink.contentHash()).isEqualTo(direct.contentHash());
  }

  @Test
  void a_label_looking_line_in_prose_stays_prose_of_the_same_speaker() throws Exception {
    CorpusReader reader = new CorpusReader(CONFIG.speakers());
    Transcript t =
        reader.parse(
            "2022-01-07-prose.txt",
            """
            Press point

            by Secretary General Tess Testington of the Examplestan Alliance

            07 Jan. 2022 -

            The Alliance remains committed to its two-track approach to Testland:
            Strong deterrence and defence.

            Let me be clear: the Alliance will defend every inch of its territory.

            The Secretary General said: we are ready for dialogue.

            Our message to Testland is simple: de-escalate.
            """);
    assertThat(t.paragraphs()).hasSize(4);
    assertThat(t.paragraphs())
        .allSatisfy(p -> assertThat(p.turn().speaker().name()).isEqualTo("Tess Testington"));
    assertThat(t.paragraphs().get(1).text()).startsWith("Let me be clear: the Alliance");
    assertThat(t.paragraphs().get(3).text()).contains("Testland is simple: de-escalate");
  }
}

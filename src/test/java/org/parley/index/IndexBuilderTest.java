package org.parley.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ConfigException;
import org.parley.config.ParleyConfig;
import org.parley.search.Hit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;
import org.parley.testing.ChildJvm;

class IndexBuilderTest {
  @TempDir Path tmp;
  private Path corpus;
  private Path indexDir;
  private ParleyConfig config;
  private ParleyAnalyzers analyzers;

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    indexDir = tmp.resolve("index");
    config = ParleyConfig.load(Path.of("index-config"));
    analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
    writeTranscript("2022-01-10-remarks.txt", "Remarks", "10 January 2022", 3, "arms control");
    writeTranscript("2022-02-11-briefing.txt", "Briefing", "11 February 2022", 4, "Kazakhstan");
  }

  @AfterEach
  void tearDown() {
    analyzers.close();
  }

  private void writeTranscript(String file, String title, String date, int paragraphs, String theme)
      throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(title)
        .append("\n\nby Minister Test Speaker of the Republic of Examplestan at a press point\n\n");
    text.append(date).append("\n\n(As delivered)\n\n");
    for (int i = 1; i <= paragraphs; i++) {
      text.append("Paragraph number ")
          .append(i)
          .append(" of ")
          .append(title)
          .append(" is about ")
          .append(theme)
          .append(".\n\n");
    }
    Files.writeString(corpus.resolve(file), text.toString(), StandardCharsets.UTF_8);
  }

  private BuildReport build(boolean strict, boolean force) throws IOException {
    return new IndexBuilder(config, analyzers, new IndexGenerations(indexDir))
        .build(new BuildOptions(corpus, strict, force, false));
  }

  private List<String> search(String query) throws IOException {
    try (SearchStack stack = SearchStack.open(indexDir, config, 0)) {
      SearchRequest request =
          new SearchRequest(
              query,
              List.of(),
              List.of(),
              List.of(),
              null,
              null,
              List.of(),
              org.parley.search.SortOrder.RELEVANCE,
              1,
              100,
              0,
              java.util.Set.of(),
              false);
      return stack.search().search(request).hits().stream().map(Hit::id).toList();
    }
  }

  @Test
  void build_makes_a_live_generation_that_answers_queries() throws IOException {
    BuildReport report = build(false, false);
    assertThat(report.generation()).isEqualTo("gen-000001");
    assertThat(report.paragraphs()).isEqualTo(7);
    assertThat(new IndexGenerations(indexDir).current()).contains("gen-000001");
    assertThat(search("kazakhstan")).hasSize(4);
    assertThat(report.topicCounts())
        .containsEntry("Kazakhstan", 4L)
        .containsEntry("arms control", 3L);
  }

  @Test
  void documents_are_in_corpus_order_whatever_the_number_of_threads() throws IOException {
    // File names sort differently from dates, and transcripts share dates.
    for (int i = 0; i < 24; i++) {
      writeTranscript(
          "z%02d-statement.txt".formatted(23 - i),
          "Statement " + i,
          (1 + i % 5) + " March 2021",
          2 + i % 4,
          "sanctions");
    }
    List<String> expected = new ArrayList<>();
    for (int threads : new int[] {1, 4}) {
      new IndexBuilder(config, analyzers, new IndexGenerations(indexDir), threads)
          .build(new BuildOptions(corpus, false, true, false));
      List<String> order = new ArrayList<>();
      IndexGenerations generations = new IndexGenerations(indexDir);
      try (Directory dir = FSDirectory.open(generations.path(generations.current().orElseThrow()));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(1);
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          Document d = stored.document(doc);
          order.add(
              "%s %s %3d"
                  .formatted(
                      d.get(Schema.DATE_ISO),
                      d.get(Schema.DOC_ID),
                      d.getField(Schema.PARAGRAPH).numericValue().intValue()));
        }
      }
      assertThat(order).hasSize(7 + 24 * 2 + 6 * (0 + 1 + 2 + 3)).isSorted();
      if (expected.isEmpty()) {
        expected.addAll(order);
      } else {
        assertThat(order).as("%d threads", threads).isEqualTo(expected);
      }
    }
  }

  @Test
  void unchanged_corpus_and_config_skip_the_rebuild() throws IOException {
    build(false, false);
    BuildReport again = build(false, false);
    assertThat(again.upToDate()).isTrue();
    assertThat(again.generation()).isEqualTo("gen-000001");
  }

  @Test
  void a_generation_of_an_older_schema_is_rebuilt_though_corpus_and_config_are_unchanged()
      throws IOException {
    build(false, false);
    IndexGenerations generations = new IndexGenerations(indexDir);
    assertThat(IndexBuilder.liveHasCurrentSchema(generations)).isTrue();
    // What an older release wrote: the config's hash, no schema version.
    Path live = generations.path(generations.current().orElseThrow());
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(live);
        org.apache.lucene.index.IndexWriter writer =
            new org.apache.lucene.index.IndexWriter(
                dir,
                new org.apache.lucene.index.IndexWriterConfig()
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("parley.config_hash", config.hash());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    assertThat(IndexBuilder.liveHasCurrentSchema(generations)).isFalse();
    BuildReport again = build(false, false);
    assertThat(again.upToDate()).isFalse();
    assertThat(again.generation()).isEqualTo("gen-000002");
    assertThat(IndexBuilder.liveHasCurrentSchema(generations)).isTrue();
  }

  @Test
  void paragraph_ids_are_stable_across_rebuilds() throws IOException {
    build(false, false);
    List<String> before = search("paragraph");
    build(false, true);
    assertThat(new IndexGenerations(indexDir).current()).contains("gen-000002");
    assertThat(search("paragraph")).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void previous_generation_is_kept_for_rollback_and_older_ones_pruned() throws IOException {
    build(false, false);
    build(false, true);
    build(false, true);
    IndexGenerations generations = new IndexGenerations(indexDir);
    assertThat(generations.list()).containsExactly("gen-000002", "gen-000003");
    assertThat(GenerationRollback.rollback(generations)).isEqualTo("gen-000002");
    assertThat(generations.current()).contains("gen-000002");
  }

  @Test
  void strict_build_with_a_bad_file_leaves_the_live_index_untouched() throws IOException {
    build(false, false);
    Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0});
    assertThatThrownBy(() -> build(true, true))
        .isInstanceOf(BuildRefusedException.class)
        .hasMessageContaining("broken.txt");
    assertThat(new IndexGenerations(indexDir).current()).contains("gen-000001");
    assertThat(search("kazakhstan")).hasSize(4);
    BuildReport lenient = build(false, true);
    assertThat(lenient.skipped()).extracting(s -> s.file()).containsExactly("broken.txt");
    assertThat(lenient.paragraphs()).isEqualTo(7);
  }

  @Test
  void drastic_shrink_is_refused_unless_forced() throws IOException {
    for (int i = 0; i < 6; i++) {
      writeTranscript(
          "2022-03-0" + (i + 1) + "-extra.txt",
          "Extra " + i,
          (i + 1) + " March 2022",
          5,
          "sanctions");
    }
    build(false, false);
    try (var files = Files.list(corpus)) {
      for (Path f : files.filter(p -> p.getFileName().toString().contains("extra")).toList()) {
        Files.delete(f);
      }
    }
    IndexGenerations generations = new IndexGenerations(indexDir);
    assertThatThrownBy(() -> build(false, false))
        .isInstanceOf(BuildRefusedException.class)
        .hasMessageContaining("--force");
    assertThat(generations.current()).contains("gen-000001");
    assertThat(generations.list()).containsExactly("gen-000001");
    assertThat(build(false, true).paragraphs()).isEqualTo(7);
  }

  @Test
  void a_bad_topic_rule_fails_before_anything_is_written() throws IOException {
    build(false, false);
    Path badConfig = Files.createDirectories(tmp.resolve("bad-config"));
    try (var files = Files.list(Path.of("index-config"))) {
      for (Path f : files.toList()) {
        Files.copy(f, badConfig.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        badConfig.resolve("topics.yaml"),
        "topics:\n  - name: broken\n    rules: ['\"unclosed AND (']\n");
    ParleyConfig bad = ParleyConfig.load(badConfig);
    assertThatThrownBy(
            () ->
                new IndexBuilder(bad, analyzers, new IndexGenerations(indexDir))
                    .build(new BuildOptions(corpus, false, true, false)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("broken");
    assertThat(new IndexGenerations(indexDir).list()).containsExactly("gen-000001");
  }

  @Test
  void a_second_rebuild_fails_fast_while_one_holds_the_lock() throws IOException {
    IndexGenerations generations = new IndexGenerations(indexDir);
    try (IndexGenerations.BuildLock held = generations.lock()) {
      assertThatThrownBy(() -> build(false, false))
          .isInstanceOf(ConcurrentBuildException.class)
          .hasMessageContaining("another rebuild is running");
    }
    assertThat(build(false, false).generation()).isEqualTo("gen-000001");
  }

  @Test
  @Tag("integration") // kills child JVMs at each build stage
  void a_rebuild_killed_at_each_stage_leaves_the_old_generation_live() throws Exception {
    build(false, false);
    List<String> before = search("kazakhstan");
    for (String stage : List.of("INDEXING", "COMMITTING", "COMMITTED", "SWITCHING")) {
      killBuildAt(stage);
      IndexGenerations generations = new IndexGenerations(indexDir);
      assertThat(generations.current()).as("after kill at %s", stage).contains("gen-000001");
      assertThat(search("kazakhstan")).as("after kill at %s", stage).isEqualTo(before);
    }
    BuildReport next = build(false, true);
    assertThat(next.deletedGenerations()).isNotEmpty();
    assertThat(new IndexGenerations(indexDir).list())
        .containsExactly("gen-000001", next.generation());
  }

  /** Runs a rebuild in a child JVM, waits for it to reach {@code stage}, and SIGKILLs it. */
  private void killBuildAt(String stage) throws Exception {
    try (ChildJvm child =
        ChildJvm.parley(
            List.of("parley.test.pause-at=" + stage),
            "index",
            "--force",
            "--corpus",
            corpus.toString(),
            "--index",
            indexDir.toString(),
            "--config",
            "index-config")) {
      child.await("parley-stage: " + stage, 120);
      child.kill9();
      assertThat(child.alive()).as("child killed at stage %s", stage).isFalse();
    }
  }
}

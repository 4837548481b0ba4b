package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.BuildReport;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;
import org.parley.testing.ChildJvm;

/**
 * Corpus and config change while a rebuild runs: the rebuild works on what it read at its start,
 * and the next rebuild sees the change. The rebuild runs in a child JVM paused (by the builder's
 * own fault-injection stage) after it has read the corpus and before it writes.
 */
@Tag("integration")
class SnapshotDuringRebuildTest {
  @TempDir Path tmp;

  @Test
  void a_rebuild_indexes_the_snapshot_taken_at_its_start_and_the_next_one_sees_the_changes()
      throws Exception {
    try (Workspace ws = Workspace.create(tmp, 12, 4)) {
      ws.build(false);
      Map<String, String> before = ws.answers();
      Path resume = tmp.resolve("resume");
      try (ChildJvm child =
          ChildJvm.parley(
              List.of("parley.test.pause-at=INDEXING", "parley.test.resume-when=" + resume),
              ws.indexArgs("--force"))) {
        child.await("parley-stage: INDEXING", 60);

        // Mid-build: a new transcript, one rewritten, one deleted, and a new topic.
        Files.writeString(
            ws.corpus.resolve("2023-05-01-latecomer.txt"),
            SyntheticCorpus.transcript(new Random(1), 99, LocalDate.of(2023, 5, 1), 4, 1)
                .replace("we discuss", "we discuss latecomer"),
            StandardCharsets.UTF_8);
        Path rewritten = ws.corpus.resolve("2021-01-04-statement-000.txt");
        Files.writeString(
            rewritten,
            Files.readString(rewritten, StandardCharsets.UTF_8).replace("we discuss", "rewritten"),
            StandardCharsets.UTF_8);
        Files.delete(ws.corpus.resolve("2021-01-11-statement-001.txt"));
        Files.writeString(
            ws.configDir.resolve("topics.yaml"),
            Files.readString(ws.configDir.resolve("topics.yaml"), StandardCharsets.UTF_8)
                + "  - name: latecomers\n    rules:\n      - latecomer OR rewritten\n",
            StandardCharsets.UTF_8);

        Files.createFile(resume);
        assertThat(child.waitFor(60)).as(child.output()).isZero();
      }
      assertThat(ws.live()).isEqualTo("gen-000002");
      Answers.assertSame(ws.answers(), before, "of the build that ran on the snapshot");
      try (SearchStack stack = ws.open(0)) {
        assertThat(count(stack, "latecomer")).isZero();
        assertThat(count(stack, "rewritten")).isZero();
      }

      try (Workspace next = ws.reloaded()) {
        BuildReport report = next.build(false);
        assertThat(report.upToDate()).as("the next build sees the change").isFalse();
        assertThat(report.paragraphs()).isEqualTo(12 * 4);
        assertThat(report.topicCounts()).containsEntry("latecomers", 8L);
        try (SearchStack stack = next.open(0)) {
          assertThat(count(stack, "latecomer")).isEqualTo(4);
          assertThat(count(stack, "rewritten")).isEqualTo(4);
        }
      }
    }
  }

  private static long count(SearchStack stack, String query) throws java.io.IOException {
    return stack.search().search(SearchRequest.of(query)).total();
  }
}

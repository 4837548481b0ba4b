package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.ConcurrentBuildException;
import org.parley.index.GenerationRollback;
import org.parley.testing.ChildJvm;

/**
 * What a killed rebuild leaves behind (the lock file, a half-written pointer, a partial generation)
 * does not block the next rebuild or a rollback: the lock is an OS lock that dies with its process,
 * whatever file remains.
 */
@Tag("integration")
class StaleLockTest {
  @TempDir Path tmp;

  @Test
  void the_lock_file_of_a_killed_rebuild_stays_on_disk_and_does_not_block_the_next_one()
      throws Exception {
    try (Workspace ws = Workspace.create(tmp, 10, 4)) {
      ws.build(false);
      Map<String, String> before = ws.answers();
      try (ChildJvm child =
          ChildJvm.parley(List.of("parley.test.pause-at=INDEXING"), ws.indexArgs("--force"))) {
        child.await("parley-stage: INDEXING", 60);
        assertThatThrownBy(() -> ws.build(true))
            .as("the lock is held while the child runs")
            .isInstanceOf(ConcurrentBuildException.class);
        child.kill9();
      }
      assertThat(ws.index.resolve("build.lock")).exists();
      assertThat(ws.generations.list()).as("the killed build's partial folder").hasSize(2);
      assertThat(ws.build(true).generation()).isEqualTo("gen-000003");
      Answers.assertSame(ws.answers(), before, "after the rebuild that followed the kill");
    }
  }

  @Test
  void leftovers_by_hand_do_not_block_a_rebuild_or_a_rollback() throws Exception {
    try (Workspace ws = Workspace.create(tmp, 10, 4)) {
      ws.build(false);
      Map<String, String> before = ws.answers();
      // A lock file with someone's content, a torn pointer, a partial generation with junk.
      Files.writeString(ws.index.resolve("build.lock"), "pid 4242\n", StandardCharsets.UTF_8);
      Files.writeString(ws.index.resolve("CURRENT.tmp"), "gen-0000", StandardCharsets.UTF_8);
      Path partial = Files.createDirectories(ws.index.resolve("gen-000007"));
      Files.writeString(partial.resolve("_0.fdt"), "half a file", StandardCharsets.UTF_8);

      assertThat(ws.live()).isEqualTo("gen-000001");
      assertThat(ws.build(true).generation()).isEqualTo("gen-000008");
      assertThat(ws.generations.list()).containsExactly("gen-000001", "gen-000008");
      Answers.assertSame(ws.answers(), before, "after a rebuild over the leftovers");

      Files.writeString(ws.index.resolve("build.lock"), "pid 4243\n", StandardCharsets.UTF_8);
      assertThat(GenerationRollback.rollback(ws.generations)).isEqualTo("gen-000001");
      Answers.assertSame(ws.answers(), before, "after a rollback over a stale lock file");
    }
  }
}

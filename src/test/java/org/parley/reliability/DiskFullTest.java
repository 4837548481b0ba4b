package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.BuildReport;
import org.parley.index.IndexBuilder;

/**
 * A disk that fills up during a rebuild, after Lucene's {@code TestIndexWriterOnDiskFull}: the
 * rebuild is retried on a disk that holds a little more each time, from nothing up to what the
 * generation needs. Every failed attempt must say the disk is full, leave the live generation
 * answering exactly as before, and leave nothing behind that stops the next attempt.
 */
@Tag("integration")
class DiskFullTest {
  @TempDir Path tmp;
  private Workspace ws;

  @BeforeEach
  void setUp() throws IOException {
    ws = Workspace.create(tmp, 30, 6);
  }

  @AfterEach
  void tearDown() {
    ws.close();
  }

  @Test
  void a_rebuild_on_a_full_disk_fails_naming_the_cause_and_the_live_generation_keeps_serving()
      throws IOException {
    ws.build(false);
    Map<String, String> before = ws.answers();
    long needed = folderSize(ws.generations.path("gen-000001"));

    List<Long> failedAt = new ArrayList<>();
    for (long capacity = 0; ; capacity = Math.max(4096, capacity * 2)) {
      AtomicLong free = new AtomicLong(capacity);
      IndexBuilder capped =
          ws.builder().withDirectoryOpener(dir -> new CappedDirectory(FSDirectory.open(dir), free));
      Throwable failure = catchThrowable(() -> capped.build(ws.options(true)));
      if (failure == null) {
        break;
      }
      failedAt.add(capacity);
      assertThat(failure)
          .as("disk of %d bytes", capacity)
          .isInstanceOf(IOException.class)
          .hasMessageContaining(CappedDirectory.ENOSPC)
          .hasMessageContaining("gen-000001 is unchanged");
      assertThat(ws.live()).isEqualTo("gen-000001");
      assertThat(ws.generations.list()).as("partial folder removed").containsExactly("gen-000001");
      Answers.assertSame(ws.answers(), before, "on a " + capacity + "-byte disk");
      assertThat(capacity)
          .as("the build must succeed once the disk holds it")
          .isLessThan(4 * needed);
    }
    System.out.printf(
        "disk full: %d failed rebuilds survived (disk sizes %s bytes; a generation needs %d)%n",
        failedAt.size(), failedAt, needed);
    assertThat(failedAt).hasSizeGreaterThanOrEqualTo(5);

    // Space again: the rerun succeeds and nothing was lost.
    BuildReport rerun = ws.build(true);
    assertThat(rerun.generation()).isNotEqualTo("gen-000001");
    assertThat(ws.live()).isEqualTo(rerun.generation());
    Answers.assertSame(ws.answers(), before, "after the rerun");
  }

  static long folderSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path f : files.toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }
}

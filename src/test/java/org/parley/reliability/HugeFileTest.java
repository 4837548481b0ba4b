package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.BuildReport;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.SkippedFile;

/**
 * A 200 MB file in the corpus (a database dump saved as .txt, a log left running): the rebuild
 * reports it with its file and the size cap, never reads it into memory, and indexes the rest.
 */
@Tag("integration")
class HugeFileTest {
  private static final long HUGE_BYTES = 200L * 1024 * 1024;
  private static final String HUGE = "2022-06-01-huge.txt";

  @TempDir Path tmp;

  @Test
  void a_200_megabyte_file_is_skipped_for_its_size_without_being_read_and_the_rest_is_indexed()
      throws IOException {
    try (Workspace ws = Workspace.create(tmp, 3, 4)) {
      Path huge = ws.corpus.resolve(HUGE);
      try {
        // Sparse: the file system stores next to nothing, but the file reports 200 MB and reads
        // as 200 MB of zeros.
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
          file.setLength(HUGE_BYTES);
        }
        com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();
        long start = System.nanoTime();
        BuildReport report = ws.build(false);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;

        System.out.printf(
            "huge file: %d MB file skipped in a build of %.2f s that allocated %d MB in all;"
                + " reason: %s%n",
            HUGE_BYTES >> 20, took.toMillis() / 1000.0, allocated >> 20, report.skipped());
        assertThat(report.skipped())
            .containsExactly(
                new SkippedFile(
                    HUGE,
                    "larger than the %d-byte limit (%d bytes)"
                        .formatted(CorpusReader.DEFAULT_MAX_FILE_BYTES, HUGE_BYTES)));
        assertThat(report.documents()).as("the rest of the corpus").isEqualTo(3);
        assertThat(report.paragraphs()).isEqualTo(12);
        assertThat(allocated)
            .as("bytes allocated by the whole build: reading the file would take its size")
            .isLessThan(HUGE_BYTES / 2);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
      } finally {
        Files.deleteIfExists(huge);
      }
    }
  }
}

package org.parley.index;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named points of a rebuild. The fault-injection tests set {@code parley.test.pause-at} to one of
 * them, wait for the child JVM to report it, and kill it there with SIGKILL, or change files and
 * let it resume by creating the file {@code parley.test.resume-when} names.
 */
enum BuildStage {
  INDEXING,
  COMMITTING,
  COMMITTED,
  SWITCHING;

  private static final Logger LOG = LoggerFactory.getLogger(BuildStage.class);
  private static final String PAUSE_PROPERTY = "parley.test.pause-at";

  /** A file whose appearance ends the pause early: tests change the corpus, then resume. */
  private static final String RESUME_PROPERTY = "parley.test.resume-when";

  void reached() {
    String pauseAt = System.getProperty(PAUSE_PROPERTY);
    if (pauseAt != null && pauseAt.equalsIgnoreCase(name())) {
      System.err.println("parley-stage: " + name());
      System.err.flush();
      String resume = System.getProperty(RESUME_PROPERTY);
      long deadline = System.nanoTime() + 60_000_000_000L;
      try {
        while (System.nanoTime() < deadline && (resume == null || !Files.exists(Path.of(resume)))) {
          Thread.sleep(20);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      LOG.debug("stage {}", name());
    }
  }
}

package org.parley.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named points of a rebuild. The fault-injection tests set {@code parley.test.pause-at} to one of
 * them, wait for the child JVM to report it, and kill it there with SIGKILL.
 */
enum BuildStage {
  INDEXING,
  COMMITTING,
  COMMITTED,
  SWITCHING;

  private static final Logger LOG = LoggerFactory.getLogger(BuildStage.class);
  private static final String PAUSE_PROPERTY = "parley.test.pause-at";

  void reached() {
    String pauseAt = System.getProperty(PAUSE_PROPERTY);
    if (pauseAt != null && pauseAt.equalsIgnoreCase(name())) {
      System.err.println("parley-stage: " + name());
      System.err.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      LOG.debug("stage {}", name());
    }
  }
}

package org.parley.index;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Points {@code CURRENT} back at the generation before the live one, after verifying it. */
public final class GenerationRollback {
  private static final Logger LOG = LoggerFactory.getLogger(GenerationRollback.class);

  private GenerationRollback() {}

  /** Rolls back one generation; returns the generation now live. */
  public static String rollback(IndexGenerations generations) throws IOException {
    try (IndexGenerations.BuildLock lock = generations.lock()) {
      String live =
          generations
              .current()
              .orElseThrow(() -> new BuildRefusedException("no live generation to roll back from"));
      List<String> all = generations.list();
      int at = all.indexOf(live);
      if (at <= 0) {
        throw new BuildRefusedException(
            "no generation before " + live + " is kept; nothing to roll back to");
      }
      String previous = all.get(at - 1);
      IndexVerifier.verify(generations.path(previous), -1, List.of());
      generations.switchTo(previous);
      LOG.info("rolled back from {} to {}", live, previous);
      return previous;
    }
  }
}

package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;

/**
 * A warning, on standard error, that the index was built by an older release: its generation lacks
 * fields this one reads (a question's answer, first-indexed dates), so some filters find nothing
 * until {@code ./parley index} rebuilds it. {@code serve} rebuilds such an index by itself.
 */
final class OutdatedIndexWarning {
  private OutdatedIndexWarning() {}

  static void printIfOutdated(Path indexDir, PrintWriter err) {
    IndexGenerations generations = new IndexGenerations(indexDir);
    if (generations.current().isPresent() && !IndexBuilder.liveHasCurrentSchema(generations)) {
      err.println(
          "parley: warning: the index at "
              + TerminalHighlight.safe(indexDir.toString())
              + " was built by an older release; run './parley index' to rebuild it");
      err.flush();
    }
  }
}

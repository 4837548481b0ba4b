package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline every fault test relies on: rebuilding the same corpus with the same config gives a
 * generation that answers the golden queries identically, ties included, however the indexing
 * threads happened to split the work.
 */
@Tag("integration")
class SameCorpusSameAnswersTest {
  @TempDir Path tmp;

  @Test
  void rebuilding_the_same_corpus_gives_the_same_answers_ties_included() throws IOException {
    try (Workspace ws = Workspace.create(tmp, 60, 8)) {
      ws.build(false);
      Map<String, String> first = ws.answers();
      for (int i = 0; i < 3; i++) {
        ws.build(true);
        Answers.assertSame(ws.answers(), first, "rebuild " + (i + 2));
      }
      assertThat(ws.live()).isEqualTo("gen-000004");
    }
  }
}

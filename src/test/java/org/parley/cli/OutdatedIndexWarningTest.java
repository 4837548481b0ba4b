package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.IndexGenerations;
import org.parley.testing.TestIndex;

/** {@code search} and {@code phrase} say when the index lacks what this release reads. */
class OutdatedIndexWarningTest {
  @TempDir Path tmp;

  @Test
  void an_index_of_an_older_release_gets_a_warning_and_a_current_one_none() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("2023-05-02-test-briefing.txt"),
        "---\ntitle: Test briefing\ndate: 2023-05-02\n---\n\n"
            + "Test Speaker: The harbour of Testport reopens on Monday.\n",
        StandardCharsets.UTF_8);
    Path index = TestIndex.build(corpus, tmp.resolve("index"));
    assertThat(warning(index)).isEmpty();

    // What an older release wrote: the config's hash without the schema version.
    IndexGenerations generations = new IndexGenerations(index);
    try (Directory dir = FSDirectory.open(generations.path(generations.current().orElseThrow()));
        IndexWriter writer =
            new IndexWriter(
                dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("parley.config_hash", TestIndex.config().hash());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    assertThat(warning(index)).contains("built by an older release", "./parley index");
  }

  private static String warning(Path index) {
    StringWriter err = new StringWriter();
    OutdatedIndexWarning.printIfOutdated(index, new PrintWriter(err));
    return err.toString();
  }
}

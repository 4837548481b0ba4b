package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;

/**
 * A corpus or index folder the command line cannot use (missing, a file, unreadable, under a file
 * so it cannot be created) ends the command with exit status 5 and one line naming the path and the
 * reason: no stack trace, no exception class name.
 */
@Tag("integration")
class CliIoErrorsTest {
  private static final int EXIT_IO_ERROR = 5;

  @TempDir Path tmp;

  /** What a command printed on standard error, and its exit status. */
  record Outcome(int exit, String err) {}

  private Outcome run(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return new Outcome(ParleyCommand.execute(args), captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }

  private Path corpus() throws IOException {
    Path corpus = tmp.resolve("corpus");
    SyntheticCorpus.write(corpus, Workspace.SEED, 2, 2, 1);
    return corpus;
  }

  private Path config() throws IOException {
    return Workspace.copyConfig(tmp.resolve("config"));
  }

  /** The one "parley:" line of {@code parley index} on {@code corpus} into {@code index}. */
  private String index(Path corpus, Path index) throws IOException {
    return oneLine(
        run(
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--config",
            config().toString()));
  }

  /** The one "parley:" line of {@code outcome}, after checking nothing else went wrong. */
  private static String oneLine(Outcome outcome) {
    System.out.println("cli i/o error: exit " + outcome.exit() + ": " + outcome.err().strip());
    assertThat(outcome.exit()).as(outcome.err()).isEqualTo(EXIT_IO_ERROR);
    assertThat(outcome.err())
        .as("no stack trace or exception class")
        .doesNotContain("\tat ", "Exception", "java.");
    assertThat(outcome.err().lines().filter(l -> l.startsWith("parley: "))).hasSize(1);
    return outcome.err().lines().filter(l -> l.startsWith("parley: ")).findFirst().orElseThrow();
  }

  @Test
  void a_missing_corpus_folder_is_one_line_naming_it() throws IOException {
    Path missing = tmp.resolve("no-such-corpus");
    String line = index(missing, tmp.resolve("index"));
    assertThat(line).contains(missing.toString()).contains("not found");
  }

  @Test
  void a_corpus_path_that_is_a_file_is_one_line_naming_it() throws IOException {
    Path file = Files.writeString(tmp.resolve("corpus.txt"), "not a folder");
    String line = index(file, tmp.resolve("index"));
    assertThat(line).contains(file.toString()).contains("not a folder");
  }

  @Test
  void an_index_folder_that_cannot_be_created_is_one_line_naming_it() throws IOException {
    // Under a regular file no folder can be made, whoever runs the test (root ignores modes).
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file");
    Path index = blocker.resolve("index");
    String line = index(corpus(), index);
    assertThat(line).contains(index.toString());
  }

  @Test
  void an_unreadable_corpus_folder_is_one_line_naming_it() throws IOException {
    Path corpus = corpus();
    Files.setPosixFilePermissions(corpus, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(corpus), "this user reads any folder (root)");
      String line = index(corpus, tmp.resolve("index"));
      assertThat(line).contains(corpus.toString()).contains("permission denied");
    } finally {
      Files.setPosixFilePermissions(corpus, PosixFilePermissions.fromString("rwx------"));
    }
  }
}

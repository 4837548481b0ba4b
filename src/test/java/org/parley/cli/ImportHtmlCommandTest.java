package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley import html}: one line per page, a summary, exit 0 or 2 as the README says. */
class ImportHtmlCommandTest {
  private static final String KREMLIN_PAGE =
      "src/test/resources/pages/kremlin/2020-01-23-meeting-with-president-of-israel-reuven-rivlin.html";

  @TempDir Path tmp;

  /** What the command printed on standard output and error, and its exit status. */
  record Outcome(int exit, String out, String err) {}

  private Outcome run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
    try {
      int exit = ParleyCommand.execute(args);
      return new Outcome(
          exit,
          capturedOut.toString(StandardCharsets.UTF_8),
          capturedErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void importing_good_pages_exits_zero_and_a_second_run_updates() {
    Path into = tmp.resolve("corpus/kremlin");

    Outcome first = run("import", "html", KREMLIN_PAGE, "--into", into.toString());
    Outcome second = run("import", "html", KREMLIN_PAGE, "--into", into.toString());

    assertThat(first.exit()).isZero();
    assertThat(first.out())
        .contains("imported " + KREMLIN_PAGE + " -> ")
        .contains("2020-01-23-meeting-with-president-of-israel-reuven-rivlin.txt")
        .contains("1 imported, 0 updated, 0 skipped");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("updated ").contains("0 imported, 1 updated, 0 skipped");
  }

  @Test
  void a_bad_page_is_reported_in_one_line_and_exits_two_after_the_others() throws IOException {
    Path bad = Files.write(tmp.resolve("picture.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path into = tmp.resolve("corpus/kremlin");

    Outcome outcome =
        run("import", "html", bad.toString(), KREMLIN_PAGE, "--into", into.toString());

    assertThat(outcome.exit()).isEqualTo(CliErrors.EXIT_USER_ERROR);
    assertThat(outcome.out())
        .contains("skipped  " + bad + ": not an HTML page: a PNG image\n")
        .contains("1 imported, 0 updated, 1 skipped");
    assertThat(outcome.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void a_bad_sites_yaml_is_a_config_error_naming_file_and_key() throws IOException {
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(config.resolve("sites.yaml"), "sites:\n  - name: x\n    hosts: [x]\n");

    Outcome outcome =
        run(
            "import",
            "html",
            KREMLIN_PAGE,
            "--into",
            tmp.resolve("c").toString(),
            "--config",
            config.toString());

    assertThat(outcome.exit()).isEqualTo(CliErrors.EXIT_USER_ERROR);
    assertThat(outcome.err())
        .isEqualTo("parley: config error: sites.yaml: sites[0]: site 'x' needs a body selector\n");
  }
}

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

/** A hostile transcript's escape sequences reach neither the index nor the terminal. */
class TerminalEscapesTest {
  private static final String ESC = "\u001B";

  @TempDir Path tmp;

  @Test
  void parley_search_output_never_carries_an_escape_byte_from_a_transcript() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    // Invented words by an invented speaker, with a clear-screen sequence, a title-setting OSC
    // sequence, a C1 control (CSI as one character) and a bell.
    Files.writeString(
        corpus.resolve("2023-05-02-test-briefing.txt"),
        "---\n"
            + "title: \"Test briefing "
            + ESC
            + "[2J\"\n"
            + "date: 2023-05-02\n"
            + "---\n\n"
            + "Test Speaker: The harbour "
            + ESC
            + "]0;owned\u0007 of Testport reopens "
            + "\u009B31m"
            + "on Monday.\n",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    assertThat(run("index", "--corpus", corpus.toString(), "--index", index.toString()))
        .doesNotContain(ESC);
    String out = run("search", "--index", index.toString(), "harbour");
    assertThat(out).contains("harbour").contains("Testport");
    assertThat(out.chars().filter(Character::isISOControl).filter(c -> c != '\n' && c != '\r'))
        .isEmpty();
    String json = run("search", "--index", index.toString(), "--json", "harbour");
    assertThat(json).doesNotContain(ESC).doesNotContain("\\u001B").doesNotContain("\\u009B");
  }

  @Test
  void control_characters_become_a_visible_replacement_on_the_terminal() {
    assertThat(TerminalHighlight.safe("a" + ESC + "[2Jb\u009Bc")).isEqualTo("a\uFFFD[2Jb\uFFFDc");
    assertThat(TerminalHighlight.render("x <mark>y</mark>" + ESC)).doesNotContain(ESC);
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ParleyCommand.execute(args);
      return captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }
}

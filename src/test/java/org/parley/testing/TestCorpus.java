package org.parley.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Corpora for tests: the bundled sample, or plain-text transcripts written to a folder in the
 * format the parser reads (title, "by" line, date, "(As delivered)", then paragraphs separated by
 * blank lines; a paragraph may open with a speaker label such as {@code Max Delany (AFP):}).
 */
public final class TestCorpus {
  private final Path dir;

  private TestCorpus(Path dir) {
    this.dir = dir;
  }

  /** The project's bundled {@code corpus/} (tests run from the project folder). */
  public static Path bundled() {
    return Path.of("corpus").toAbsolutePath();
  }

  /** The project's {@code index-config/}. */
  public static Path config() {
    return Path.of("index-config").toAbsolutePath();
  }

  /** A corpus in {@code dir} (created if needed), empty until transcripts are written. */
  public static TestCorpus in(Path dir) throws IOException {
    return new TestCorpus(Files.createDirectories(dir));
  }

  public Path dir() {
    return dir;
  }

  /**
   * Writes one transcript.
   *
   * @param fileName file name, conventionally {@code yyyy-mm-dd-slug.txt}
   * @param title first line ("Press conference")
   * @param byLine who speaks when no label says otherwise ("NATO Secretary General Jens
   *     Stoltenberg")
   * @param date as printed ("10 January 2022")
   * @param paragraphs the paragraphs, each optionally opening with {@code Label: }
   */
  public TestCorpus transcript(
      String fileName, String title, String byLine, String date, List<String> paragraphs)
      throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(title).append("\n\nby ").append(byLine).append("\n\n");
    text.append(date).append("\n\n(As delivered)\n\n");
    for (String paragraph : paragraphs) {
      text.append(paragraph).append("\n\n");
    }
    Files.writeString(dir.resolve(fileName), text.toString(), StandardCharsets.UTF_8);
    return this;
  }

  /** Copies the bundled sample into this corpus, so a test can add to it. */
  public TestCorpus withBundledSample() throws IOException {
    Path source = bundled();
    try (var files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = dir.resolve(source.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return this;
  }
}

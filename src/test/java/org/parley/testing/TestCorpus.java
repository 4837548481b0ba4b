package org.parley.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Corpora for tests: the bundled corpus, its real NATO transcript alone, or plain-text transcripts
 * written to a folder in the format the parser reads (title, "by" line, date, "(As delivered)",
 * then paragraphs separated by blank lines; a paragraph may open with a speaker label such as
 * {@code Test Reporter (Example News):}).
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
   * @param title first line ("Press briefing")
   * @param byLine who speaks when no label says otherwise ("Spokesperson Test Speaker"); invented
   *     text must be given to plainly fictional people, never to real ones
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

  /** The real NATO press conference of 7 January 2022, relative to a corpus root. */
  public static final String NATO_FILE =
      "nato/2022-01-07-press-conference-extraordinary-foreign-ministers.txt";

  /** Paragraphs the parser finds in {@link #NATO_FILE}. */
  public static final int NATO_PARAGRAPHS = 85;

  /**
   * Copies the bundled corpus's {@code nato/} folder (one real, verbatim transcript: {@link
   * #NATO_FILE}) and the corpus's own description ({@code corpus.yaml}, its manifest and README, so
   * provenance applies as in the full corpus) into this corpus, so a test can add to it without
   * indexing the whole bundled corpus.
   */
  public TestCorpus withNatoTranscript() throws IOException {
    Path source = bundled();
    for (String name : List.of("corpus.yaml", "MANIFEST.tsv", "README.md")) {
      Path file = source.resolve(name);
      if (Files.isRegularFile(file)) {
        Files.copy(file, dir.resolve(name));
      }
    }
    try (var files = Files.walk(source.resolve("nato"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path target = dir.resolve(source.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return this;
  }
}

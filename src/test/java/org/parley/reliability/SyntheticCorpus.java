package org.parley.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic corpus of NATO-style transcripts: the same seed gives the same bytes, so a
 * fault test can rebuild "the same corpus" and compare answers. Every paragraph carries an epoch
 * word ({@code epoch7}), so a test that rebuilds with a new epoch can tell which generation
 * answered a query.
 */
final class SyntheticCorpus {
  /** Words the paragraphs are drawn from: topic terms of the shipped config and filler. */
  private static final List<String> VOCABULARY =
      List.of(
          "Ukraine",
          "Georgia",
          "Kazakhstan",
          "Russia",
          "sanctions",
          "deterrence",
          "defence",
          "dialogue",
          "arms control",
          "nuclear weapons",
          "open door",
          "enlargement",
          "Allies",
          "security",
          "partners",
          "summit",
          "ministers",
          "the NATO-Russia Council",
          "dual-track approach",
          "cyber",
          "resilience",
          "Black Sea",
          "Baltic",
          "Kyiv",
          "Article 5",
          "Article 10");

  private static final DateTimeFormatter PRINTED =
      DateTimeFormatter.ofPattern("dd MMM. yyyy", Locale.ROOT);

  private SyntheticCorpus() {}

  /**
   * Writes {@code documents} transcripts of {@code paragraphs} paragraphs each into {@code dir}.
   *
   * @param epoch the word {@code epoch<N>} every paragraph carries
   */
  static void write(Path dir, long seed, int documents, int paragraphs, int epoch)
      throws IOException {
    write(dir, seed, documents, paragraphs, epoch, 6);
  }

  /** As above, with at least {@code minWords} vocabulary entries per paragraph. */
  static void write(Path dir, long seed, int documents, int paragraphs, int epoch, int minWords)
      throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    LocalDate start = LocalDate.of(2021, 1, 4);
    for (int d = 0; d < documents; d++) {
      LocalDate date = start.plusDays(7L * d);
      String file = "%s-statement-%03d.txt".formatted(date, d);
      Files.writeString(
          dir.resolve(file),
          transcript(random, d, date, paragraphs, epoch),
          StandardCharsets.UTF_8);
    }
  }

  static String transcript(Random random, int number, LocalDate date, int paragraphs, int epoch) {
    return transcript(random, number, date, paragraphs, epoch, 6);
  }

  static String transcript(
      Random random, int number, LocalDate date, int paragraphs, int epoch, int minWords) {
    StringBuilder text = new StringBuilder();
    text.append("Statement number ").append(number).append('\n').append('\n');
    text.append("by Minister Test Speaker of the Republic of Examplestan at a press point\n\n");
    text.append(date.format(PRINTED)).append(" -\n\n(As delivered)\n\n");
    for (int p = 1; p <= paragraphs; p++) {
      text.append("In paragraph ").append(p).append(" epoch").append(epoch).append(" we discuss");
      int words = minWords + random.nextInt(10);
      for (int w = 0; w < words; w++) {
        text.append(' ').append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
      }
      text.append(".\n\n");
    }
    return text.toString();
  }
}

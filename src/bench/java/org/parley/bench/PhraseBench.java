package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The phrase history ({@code /api/phrase}) over HTTP on Parley's server, for a few phrases of the
 * generated corpus with hundreds to a few thousand uses: its two-, three-word phrases counted in
 * the first transcripts (sorted, so the same for the same seed), scaled to the corpus, and those
 * nearest to {@link #TARGET_USES} picked. Each phrase is measured on its own, one client.
 */
final class PhraseBench {
  /** Uses aimed at, per phrase length: two bigrams and two trigrams. */
  static final List<long[]> TARGET_USES = List.of(new long[] {300, 3000}, new long[] {300, 1000});

  /** Paragraphs of the corpus's first transcripts whose phrases are counted. */
  private static final int SAMPLE_PARAGRAPHS = 20_000;

  private static final long MAX_REQUESTS = 1_000_000;
  private static final Duration MIN_PER_PHRASE = Duration.ofSeconds(2);

  private PhraseBench() {}

  /** The phrases picked for a corpus of {@code paragraphs}, bigrams first. */
  static List<String> pick(Path corpus, int paragraphs) throws IOException {
    List<Map<String, Integer>> counts = List.of(new HashMap<>(), new HashMap<>());
    int sampled = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      if (sampled >= SAMPLE_PARAGRAPHS) {
        break;
      }
      for (String block : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
        if (block.length() >= 80) {
          sampled++;
          count(block, counts);
        }
      }
    }
    double scale = sampled == 0 ? 0 : (double) paragraphs / sampled;
    List<String> picked = new ArrayList<>();
    for (int n = 0; n < counts.size(); n++) {
      for (long target : TARGET_USES.get(n)) {
        counts.get(n).entrySet().stream()
            .filter(e -> !picked.contains(e.getKey()))
            .min(
                Comparator.comparingDouble(
                        (Map.Entry<String, Integer> e) ->
                            Math.abs(Math.log(e.getValue() * scale / target)))
                    .thenComparing(Map.Entry::getKey))
            .ifPresent(e -> picked.add(e.getKey()));
      }
    }
    return picked;
  }

  /** Counts each paragraph's distinct bigrams and trigrams that start and end with no stop word. */
  private static void count(String paragraph, List<Map<String, Integer>> counts) {
    String[] words = paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < words.length; i++) {
      for (int n = 2; n <= 3 && i + n <= words.length; n++) {
        String first = words[i];
        String last = words[i + n - 1];
        if (first.length() < 2 || last.length() < 2 || stop(first) || stop(last)) {
          continue;
        }
        String gram = String.join(" ", List.of(words).subList(i, i + n));
        if (seen.add(gram)) {
          counts.get(n - 2).merge(gram, 1, Integer::sum);
        }
      }
    }
  }

  private static boolean stop(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
  }

  /**
   * Measures each phrase for its share of {@code duration} (at least {@link #MIN_PER_PHRASE}), the
   * first after {@code warmup}, the others after a short settle.
   */
  static List<BenchReport.PhraseRun> measure(
      HttpTarget parley,
      List<String> phrases,
      Duration warmup,
      Duration duration,
      long seed,
      PrintWriter log)
      throws IOException, InterruptedException {
    Duration each = duration.dividedBy(Math.max(1, phrases.size()));
    each = each.compareTo(MIN_PER_PHRASE) < 0 ? MIN_PER_PHRASE : each;
    List<BenchReport.PhraseRun> runs = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      String path =
          "/api/phrase?q="
              + URLEncoder.encode("\"" + phrases.get(i) + "\"", StandardCharsets.UTF_8);
      JsonNode answer = parley.json(path);
      long uses = answer.path("total").asLong();
      int variants = answer.path("variants").size();
      ClosedLoop.Stats stats =
          ClosedLoop.run(
                  List.of(parley.prepareGet(path)),
                  1,
                  i == 0 ? warmup : Duration.ofSeconds(1),
                  each,
                  MAX_REQUESTS,
                  seed)
              .stats();
      log.printf(
          Locale.ROOT,
          "  phrase c=1 %-28s %,6d uses %2d variants  p50 %7.2f ms  p99 %7.2f ms%s%n",
          "\"" + phrases.get(i) + "\"",
          uses,
          variants,
          stats.p50Millis(),
          stats.p99Millis(),
          stats.errors() > 0 ? "  ERRORS " + stats.errors() + ": " + stats.firstError() : "");
      log.flush();
      runs.add(new BenchReport.PhraseRun(phrases.get(i), uses, variants, stats));
    }
    return runs;
  }
}

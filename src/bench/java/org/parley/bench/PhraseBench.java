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
 * generated corpus with hundreds to a few thousand uses: its two- and three-word phrases without
 * stop words are counted in the first transcripts (sorted, so the same for the same seed), the
 * counts scaled to the corpus, and for each of {@link #TARGET_USES} the few nearest are asked of
 * the server, which gives their exact use; the nearest by that is measured. The first transcripts
 * are not a fair sample (the generator's topics drift with the date), hence the server's word. Each
 * phrase is measured on its own, one client.
 */
final class PhraseBench {
  /** Uses aimed at, per phrase length: two bigrams and two trigrams. */
  static final List<long[]> TARGET_USES = List.of(new long[] {300, 3000}, new long[] {300, 1000});

  /** Paragraphs of the corpus's first transcripts whose phrases are counted. */
  private static final int SAMPLE_PARAGRAPHS = 20_000;

  /** Phrases per target whose exact use the server is asked for. */
  private static final int CANDIDATES = 5;

  private static final long MAX_REQUESTS = 1_000_000;
  private static final Duration SETTLE = Duration.ofSeconds(1);

  private PhraseBench() {}

  /**
   * For each target of {@link #TARGET_USES} (bigrams first), the {@value #CANDIDATES} phrases whose
   * estimated use in a corpus of {@code paragraphs} is nearest to it.
   */
  static List<List<String>> candidates(Path corpus, int paragraphs) throws IOException {
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
    List<List<String>> picked = new ArrayList<>();
    for (int n = 0; n < counts.size(); n++) {
      for (long target : TARGET_USES.get(n)) {
        picked.add(
            counts.get(n).entrySet().stream()
                .sorted(
                    Comparator.comparingDouble(
                            (Map.Entry<String, Integer> e) ->
                                Math.abs(Math.log(e.getValue() * scale / target)))
                        .thenComparing(Map.Entry::getKey))
                .limit(CANDIDATES)
                .map(Map.Entry::getKey)
                .toList());
      }
    }
    return picked;
  }

  /** Of each target's candidates, the one whose exact use on the server is nearest to it. */
  static List<String> pick(HttpTarget parley, List<List<String>> candidates)
      throws IOException, InterruptedException {
    List<Long> targets =
        TARGET_USES.stream().flatMapToLong(java.util.Arrays::stream).boxed().toList();
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      String best = null;
      double bestDistance = Double.MAX_VALUE;
      for (String phrase : candidates.get(i)) {
        long uses = parley.json(path(phrase)).path("total").asLong();
        double distance = Math.abs(Math.log((uses + 1.0) / targets.get(i)));
        // A phrase the estimate found but the index does not hold as one (it spans a speaker
        // label or a line break the parser splits at) is never picked.
        if (uses > 0 && !picked.contains(phrase) && distance < bestDistance) {
          best = phrase;
          bestDistance = distance;
        }
      }
      if (best != null) {
        picked.add(best);
      }
    }
    return picked;
  }

  private static String path(String phrase) {
    return "/api/phrase?q=" + URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8);
  }

  /**
   * Counts each paragraph's distinct bigrams and trigrams of words of 3 letters or more, no stop
   * word.
   */
  private static void count(String paragraph, List<Map<String, Integer>> counts) {
    String[] words = paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < words.length; i++) {
      for (int n = 2; n <= 3 && i + n <= words.length; n++) {
        List<String> gram = List.of(words).subList(i, i + n);
        if (gram.stream().anyMatch(w -> w.length() < 3 || stop(w))) {
          continue;
        }
        String text = String.join(" ", gram);
        if (seen.add(text)) {
          counts.get(n - 2).merge(text, 1, Integer::sum);
        }
      }
    }
  }

  private static boolean stop(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
  }

  /**
   * Measures each phrase for its share of {@code duration}, the first after {@code warmup}, the
   * others after a short settle.
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
    Duration settle = warmup.compareTo(SETTLE) < 0 ? warmup : SETTLE;
    List<BenchReport.PhraseRun> runs = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      String path = path(phrases.get(i));
      JsonNode answer = parley.json(path);
      long uses = answer.path("total").asLong();
      int variants = answer.path("variants").size();
      ClosedLoop.Stats stats =
          ClosedLoop.run(
                  List.of(parley.prepareGet(path)),
                  1,
                  i == 0 ? warmup : settle,
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

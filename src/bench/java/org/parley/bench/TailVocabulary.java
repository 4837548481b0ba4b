package org.parley.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The long tail of a realistic vocabulary: English-like invented words (syllables plus common
 * suffixes) drawn with Zipf-distributed frequencies, so a big corpus has the many rare terms real
 * text has. The words and their ranks come from a fixed seed, independent of the corpus seed: the
 * checked-in query mix names tail words by rank band and must find them in every corpus.
 */
final class TailVocabulary {
  /** Words in the tail; rank 1 is the most frequent. */
  static final int SIZE = 200_000;

  /** Zipf exponent: 1 is the classic rank-frequency law of natural language. */
  static final double EXPONENT = 1.0;

  /**
   * The tail starts below the trained vocabulary's common words: tail rank r has the frequency of
   * rank {@code r + OFFSET} in a Zipf law, so its first words are uncommon, not as frequent as
   * "the".
   */
  static final int OFFSET = 100;

  private static final long VOCABULARY_SEED = 0x5EED_0F_7A11L;

  private static final String[] ONSETS = {
    "b", "bl", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "j",
    "k", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sc", "sh", "sk", "sl", "sm", "sn", "sp",
    "st", "str", "t", "th", "tr", "v", "w", "wh", "z"
  };
  private static final String[] VOWELS = {
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "io", "ou", "oa", "y"
  };
  private static final String[] CODAS = {
    "", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "rk", "ng", "ck", "ll", "ss", "x"
  };
  private static final String[] SUFFIXES = {
    "", "", "", "", "tion", "ment", "ness", "ity", "ism", "ive", "al", "ous", "ate", "ing", "ed",
    "er", "ance", "ure", "ist", "ary", "ly"
  };

  private static final TailVocabulary INSTANCE = new TailVocabulary();

  private final String[] words;
  private final double[] cumulative;

  private TailVocabulary() {
    words = buildWords();
    cumulative = new double[SIZE];
    double sum = 0;
    for (int rank = 1; rank <= SIZE; rank++) {
      sum += 1.0 / Math.pow(rank + OFFSET, EXPONENT);
      cumulative[rank - 1] = sum;
    }
  }

  static TailVocabulary get() {
    return INSTANCE;
  }

  /** The word of 1-based {@code rank}. */
  String word(int rank) {
    return words[rank - 1];
  }

  /** A word drawn with probability proportional to {@code 1 / (rank + OFFSET)^EXPONENT}. */
  String sample(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[SIZE - 1];
    int at = Arrays.binarySearch(cumulative, u);
    return words[at >= 0 ? at : Math.min(SIZE - 1, -at - 1)];
  }

  /** Every tail word, by rank. */
  List<String> words() {
    return List.of(words);
  }

  private static String[] buildWords() {
    // java.util.Random, not SplittableRandom: its sequence is specified, so the words never change.
    Random random = new Random(VOCABULARY_SEED);
    Set<String> seen = new HashSet<>();
    String[] out = new String[SIZE];
    int n = 0;
    while (n < SIZE) {
      StringBuilder word = new StringBuilder();
      int roll = random.nextInt(20);
      int syllables = roll < 7 ? 1 : roll < 17 ? 2 : 3;
      for (int s = 0; s < syllables; s++) {
        word.append(ONSETS[random.nextInt(ONSETS.length)]);
        word.append(VOWELS[random.nextInt(VOWELS.length)]);
        word.append(CODAS[random.nextInt(CODAS.length)]);
      }
      word.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
      String w = word.toString();
      if (w.length() >= 4 && w.length() <= 12 && seen.add(w)) {
        out[n++] = w;
      }
    }
    return out;
  }
}

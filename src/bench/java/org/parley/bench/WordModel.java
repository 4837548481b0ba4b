package org.parley.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A word-bigram model trained on real transcripts: each word is followed by a word that followed it
 * in the training text, with the same frequencies, so generated sentences have the vocabulary, the
 * function-word rhythm and the common collocations of diplomatic speech. Immutable and thread-safe.
 *
 * <p>The phrases the benchmark queries for ("arms control", "dual-track approach", ...) are cut out
 * of the training text: a small training corpus is dense with them, and the generator inserts them
 * at realistic rates of its own instead.
 */
final class WordModel {
  /** Successor id meaning "end of sentence". */
  static final int END = -1;

  private static final Pattern CONTROLLED_PHRASES =
      Pattern.compile(
          "(?i)\\b(dual[- \u2011]track approach|dual[- \u2011]track|arms control|open door"
              + "|NATO-Russia Council)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 32;

  private final String[] words;
  private final int[][] successors;
  private final int[] starts;
  private final int[] unigrams;

  private WordModel(String[] words, int[][] successors, int[] starts, int[] unigrams) {
    this.words = words;
    this.successors = successors;
    this.starts = starts;
    this.unigrams = unigrams;
  }

  /** Trains on paragraph texts (blank-line separated prose, no speaker labels). */
  static WordModel train(List<String> paragraphs) {
    List<List<String>> sentences = new ArrayList<>();
    Set<String> midSentence = new HashSet<>();
    for (String paragraph : paragraphs) {
      String clean = CONTROLLED_PHRASES.matcher(paragraph).replaceAll(" ");
      // A colon after capitalised words would read as a speaker label; a comma does not.
      clean = clean.replace(':', ',').replace(';', ',');
      for (String sentence : SENTENCE_END.split(clean.strip())) {
        String body = sentence.strip().replaceAll("[.?!]+$", "");
        List<String> tokens = new ArrayList<>();
        for (String token : body.split("\\s+")) {
          if (!token.isEmpty() && !token.equals(",")) {
            tokens.add(token);
          }
        }
        if (tokens.size() >= 2) {
          sentences.add(tokens);
          midSentence.addAll(tokens.subList(1, tokens.size()));
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences to train the word model on");
    }
    Map<String, Integer> ids = new HashMap<>();
    List<String> vocabulary = new ArrayList<>();
    List<List<Integer>> next = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> unigrams = new ArrayList<>();
    for (List<String> tokens : sentences) {
      int previous = END;
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (i == 0) {
          // "The" starts sentences but is "the" inside them; "NATO" stays "NATO".
          String lower = token.toLowerCase(Locale.ROOT);
          if (!lower.equals(token) && midSentence.contains(lower)) {
            token = lower;
          }
        }
        int id =
            ids.computeIfAbsent(
                token,
                t -> {
                  vocabulary.add(t);
                  next.add(new ArrayList<>());
                  return vocabulary.size() - 1;
                });
        unigrams.add(id);
        if (previous == END) {
          starts.add(id);
        } else {
          next.get(previous).add(id);
        }
        previous = id;
      }
      next.get(previous).add(END);
    }
    int[][] successors = new int[vocabulary.size()][];
    for (int i = 0; i < successors.length; i++) {
      successors[i] = next.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return new WordModel(
        vocabulary.toArray(String[]::new),
        successors,
        starts.stream().mapToInt(Integer::intValue).toArray(),
        unigrams.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Distinct words the model knows. */
  int vocabularySize() {
    return words.length;
  }

  /**
   * Appends one sentence, without its final punctuation, capitalised. {@code extra} is called
   * before each word and may append an inserted word (a tail word, a topic word) first.
   */
  void appendSentence(SplittableRandom random, StringBuilder out, WordInserter extra) {
    int start = out.length();
    int word = starts[random.nextInt(starts.length)];
    int count = 0;
    while (true) {
      if (count > 0) {
        out.append(' ');
      }
      if (count > 0 && extra.maybeInsert(random, out)) {
        out.append(' ');
        count++;
      }
      out.append(words[word]);
      count++;
      int[] options = successors[word];
      int following = options[random.nextInt(options.length)];
      if (following == END && count >= MIN_WORDS) {
        break;
      }
      if (count >= MAX_WORDS) {
        break;
      }
      word = following == END ? unigrams[random.nextInt(unigrams.length)] : following;
    }
    // A sentence ending in a comma ("Russia,") reads better without it.
    if (out.charAt(out.length() - 1) == ',') {
      out.setLength(out.length() - 1);
    }
    out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
  }

  /** Inserts extra words between the model's words. */
  @FunctionalInterface
  interface WordInserter {
    /** Appends a word and returns true, or appends nothing and returns false. */
    boolean maybeInsert(SplittableRandom random, StringBuilder out);
  }
}

package org.parley.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts, over paragraphs as written, in how many paragraphs each word and each 2- or 3-word phrase
 * occurs. Words keep their spelling (the index normalises "dialogue" to "dialog"; people type what
 * they read) and hyphenated words stay whole ("dual-track"). Phrases stay within one clause
 * (punctuation breaks them) and never start or end with a function word; the ones at least {@link
 * #MIN_PARAGRAPHS} paragraphs share ("dual-track approach", "arms control") are worth completing.
 */
final class SuggestVocabulary {
  /** A phrase must occur in this many paragraphs to be offered. */
  static final int MIN_PARAGRAPHS = 2;

  /** NOTE: counting is bounded: past this many distinct phrases, the ones seen once are dropped. */
  static final int MAX_TRACKED = 400_000;

  private static final Pattern CLAUSES = Pattern.compile("[.,;:!?()\\[\\]\"\u201c\u201d\u2026]+");
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-\u2010\u2011][\\p{L}\\p{N}]+)*");

  /** Words a phrase may contain but not start or end with. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
          "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
          "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me",
          "more", "my", "no", "not", "of", "on", "one", "or", "other", "our", "over", "she",
          "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
          "these", "they", "this", "those", "to", "up", "us", "very", "was", "we", "were", "what",
          "when", "where", "which", "who", "will", "with", "would", "you", "your");

  private static final int MIN_WORD_LENGTH = 3;

  private final Map<String, Integer> paragraphCounts = new HashMap<>();
  private final Map<String, Integer> wordCounts = new HashMap<>();

  /** Counts the words and phrases of one paragraph (each at most once). */
  void add(String paragraph) {
    Set<String> seen = new HashSet<>();
    Set<String> seenWords = new HashSet<>();
    for (String clause : CLAUSES.split(paragraph)) {
      List<String> words = words(clause);
      for (String word : words) {
        if (isWordCandidate(word)) {
          seenWords.add(word);
        }
      }
      for (int n = 2; n <= 3; n++) {
        for (int i = 0; i + n <= words.size(); i++) {
          List<String> phrase = words.subList(i, i + n);
          if (isCandidate(phrase)) {
            seen.add(String.join(" ", phrase));
          }
        }
      }
    }
    for (String phrase : seen) {
      paragraphCounts.merge(phrase, 1, Integer::sum);
    }
    for (String word : seenWords) {
      wordCounts.merge(word, 1, Integer::sum);
    }
    if (paragraphCounts.size() > MAX_TRACKED) {
      paragraphCounts.values().removeIf(count -> count < MIN_PARAGRAPHS);
    }
    if (wordCounts.size() > MAX_TRACKED) {
      wordCounts.values().removeIf(count -> count < MIN_PARAGRAPHS);
    }
  }

  /** Words with the number of paragraphs they occur in. */
  Map<String, Integer> words() {
    return wordCounts;
  }

  /** Phrases found in at least {@link #MIN_PARAGRAPHS} paragraphs, with their paragraph counts. */
  Map<String, Integer> frequent() {
    Map<String, Integer> frequent = new HashMap<>();
    paragraphCounts.forEach(
        (phrase, count) -> {
          if (count >= MIN_PARAGRAPHS) {
            frequent.put(phrase, count);
          }
        });
    return frequent;
  }

  private static List<String> words(String clause) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(clause);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static boolean isCandidate(List<String> phrase) {
    String first = phrase.get(0);
    String last = phrase.get(phrase.size() - 1);
    if (FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(last) || isNumber(first)) {
      return false;
    }
    for (String word : phrase) {
      if (word.length() < 2 && !isNumber(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordCandidate(String word) {
    return word.length() >= MIN_WORD_LENGTH
        && !FUNCTION_WORDS.contains(word)
        && word.chars().anyMatch(Character::isLetter);
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }
}

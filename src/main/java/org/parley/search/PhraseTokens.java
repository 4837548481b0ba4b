package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.CapturedTokens;
import org.parley.analysis.ParleyAnalyzers;

/**
 * A phrase as the exact field indexes it: its words (a hyphenated compound's parts each count as
 * one, as the index places them) and which neighbouring words the user joined with a hyphen.
 *
 * @param text the phrase as typed, without its quotes
 * @param words the exact-field terms, one per position
 * @param hyphenated {@code hyphenated[i]} is true when words {@code i} and {@code i + 1} were
 *     written joined by a hyphen ("dual-track")
 */
record PhraseTokens(String text, List<String> words, boolean[] hyphenated) {
  /** Longest phrase accepted: variants are looked for around each word. */
  static final int MAX_WORDS = 12;

  /**
   * Reads {@code q}: one phrase, in double quotes or not, of at least two words.
   *
   * @throws InvalidRequestException naming {@code q} otherwise
   */
  static PhraseTokens parse(String q, ParleyAnalyzers analyzers) {
    String text = q == null ? "" : q.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    if (text.isEmpty() || text.indexOf('"') >= 0) {
      throw new InvalidRequestException("q", "q must be one phrase of at least two words");
    }
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q", "q must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    CapturedTokens tokens = analyzers.analyse(text).exact();
    // At each position the shortest term is the word; a longer one there is a compound's joined
    // form ("dualtrack" beside "dual").
    List<String> words = new ArrayList<>();
    List<String> joinedForms = new ArrayList<>();
    List<Integer> joinedAt = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String term = tokens.term(i);
      if (tokens.positionIncrement(i) > 0 || words.isEmpty()) {
        words.add(term);
        continue;
      }
      int at = words.size() - 1;
      String other = words.get(at);
      if (term.length() < other.length()) {
        words.set(at, term);
        term = other;
      }
      joinedForms.add(term);
      joinedAt.add(at);
    }
    if (words.size() < 2) {
      throw new InvalidRequestException("q", "q must be one phrase of at least two words");
    }
    if (words.size() > MAX_WORDS) {
      throw new InvalidRequestException("q", "q may hold at most " + MAX_WORDS + " words");
    }
    boolean[] hyphenated = new boolean[words.size() - 1];
    for (int j = 0; j < joinedForms.size(); j++) {
      // The joined form spells the parts that follow its position: mark each seam it covers.
      int first = joinedAt.get(j);
      StringBuilder spelled = new StringBuilder(words.get(first));
      for (int k = first + 1;
          k < words.size() && spelled.length() < joinedForms.get(j).length();
          k++) {
        spelled.append(words.get(k));
        hyphenated[k - 1] = true;
      }
    }
    return new PhraseTokens(text, List.copyOf(words), hyphenated);
  }

  int size() {
    return words.size();
  }

  /** The words written as the user wrote them: hyphens kept, lower case. */
  String display() {
    return display(words, hyphenated);
  }

  static String display(List<String> words, boolean[] hyphenated) {
    StringBuilder out = new StringBuilder(words.get(0));
    for (int i = 1; i < words.size(); i++) {
      out.append(i - 1 < hyphenated.length && hyphenated[i - 1] ? "-" : " ").append(words.get(i));
    }
    return out.toString();
  }
}

package org.parley.search;

import java.util.ArrayList;
import java.util.List;

/** Splits typed text into quoted phrases, parentheses and words, and checks wildcard use. */
final class QueryTokens {
  private QueryTokens() {}

  /** Quoted phrases keep their quotes (an unclosed quote runs to the end); "~" is dropped. */
  static List<String> split(String raw) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\u201C' || c == '\u201D') {
        int end = i + 1;
        while (end < n && raw.charAt(end) != '"' && raw.charAt(end) != '\u201D') {
          end++;
        }
        String inner = raw.substring(i + 1, Math.min(end, n)).replace('"', ' ');
        if (!inner.isBlank()) {
          tokens.add("\"" + inner + "\"");
        }
        i = end + 1;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int end = i;
        while (end < n
            && !Character.isWhitespace(raw.charAt(end))
            && "()\"\u201C\u201D".indexOf(raw.charAt(end)) < 0) {
          end++;
        }
        // "~" would ask for fuzzy matching (or phrase slop), which Parley does not do: it goes
        // with its distance, so "5~2" stays 5 rather than becoming 52 (numbers must never fuzz).
        String word = raw.substring(i, end).replaceAll("~[0-9.]*", "").trim();
        if (!word.isEmpty()) {
          tokens.add(word);
        }
        i = end;
      }
    }
    return tokens;
  }

  /** Refuses leading wildcards, inner wildcards and prefixes shorter than two characters. */
  static void checkWildcards(String token) {
    String bare = token.replaceFirst("^[-+|]+", "");
    if (bare.startsWith("*") || bare.startsWith("?")) {
      if (bare.chars().allMatch(c -> c == '*')) {
        return; // a lone "*" means "everything": dropped
      }
      throw new InvalidRequestException("q", "leading wildcards are not supported");
    }
    int star = bare.indexOf('*');
    if (star >= 0 && star < bare.length() - 1 && bare.charAt(star + 1) != '*') {
      throw new InvalidRequestException("q", "wildcards are only supported at the end of a word");
    }
    if (bare.endsWith("*")) {
      String prefix = bare.replaceAll("\\*+$", "");
      if (prefix.codePointCount(0, prefix.length()) < 2) {
        throw new InvalidRequestException("q", "a prefix needs at least two characters before '*'");
      }
    }
  }
}

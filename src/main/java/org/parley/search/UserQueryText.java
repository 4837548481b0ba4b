package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites what people type into what Lucene's {@code SimpleQueryParser} reads, and lists the plain
 * words for the proximity boost. Words {@code OR}, {@code AND}, {@code NOT} (upper case, outside
 * quotes) become {@code |}, {@code +}, {@code -}. An unbalanced quote is closed at the end;
 * unbalanced parentheses are dropped. Nothing here ever throws on odd input except the documented
 * refusals (leading wildcards, prefixes shorter than two characters).
 */
final class UserQueryText {
  private final String parserText;
  private final List<String> plainWords;

  private UserQueryText(String parserText, List<String> plainWords) {
    this.parserText = parserText;
    this.plainWords = plainWords;
  }

  String parserText() {
    return parserText;
  }

  /** Positive, unquoted, non-prefix words in order: the proximity boost is built from them. */
  List<String> plainWords() {
    return plainWords;
  }

  static UserQueryText of(String raw) {
    List<String> tokens = tokenize(raw);
    StringBuilder out = new StringBuilder();
    List<String> plain = new ArrayList<>();
    int depth = 0;
    boolean negateNext = false;
    for (String token : tokens) {
      if (token.startsWith("\"") || token.startsWith("-\"")) {
        out.append(negateNext ? "-" : "").append(token).append(' ');
        negateNext = false;
        continue;
      }
      switch (token) {
        case "OR" -> out.append("| ");
        case "AND" -> out.append("+ ");
        case "NOT" -> negateNext = true;
        case "(" -> {
          depth++;
          out.append(negateNext ? "-(" : "(");
          negateNext = false;
        }
        case ")" -> {
          if (depth > 0) {
            depth--;
            out.append(") ");
          }
        }
        default -> {
          checkWildcards(token);
          String word = negateNext ? "-" + token : token;
          out.append(word).append(' ');
          if (!word.startsWith("-") && !word.endsWith("*") && !word.startsWith("+")) {
            plain.add(word.startsWith("|") ? word.substring(1) : word);
          }
          negateNext = false;
        }
      }
    }
    out.append(")".repeat(depth));
    return new UserQueryText(out.toString().trim(), List.copyOf(plain));
  }

  private static void checkWildcards(String token) {
    String bare = token.replaceFirst("^[-+|]+", "");
    if (bare.startsWith("*") || bare.startsWith("?")) {
      if (bare.chars().allMatch(c -> c == '*')) {
        return; // a lone "*" means "everything": the parser drops it
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

  /** Splits into quoted phrases (an unclosed quote runs to the end), parentheses and words. */
  private static List<String> tokenize(String raw) {
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
        String word = raw.substring(i, end);
        // "~" would ask for fuzzy matching, which Parley does not do (numbers must never fuzz).
        word = word.replace("~", " ").trim();
        if (!word.isEmpty() && !word.equals("-") && !word.equals("+") && !word.equals("|")) {
          tokens.add(quoteCompound(word));
        }
        i = end;
      }
    }
    return tokens;
  }

  /**
   * "dual-track" (or "NATO-Russia", "U.S.-led") splits into several tokens; quoting it makes them a
   * phrase, as people mean, instead of independent required words.
   */
  private static String quoteCompound(String word) {
    String sign = word.startsWith("-") ? "-" : "";
    String bare = word.substring(sign.length());
    if (COMPOUND.matcher(bare).matches() && !bare.endsWith("*")) {
      return sign + "\"" + bare + "\"";
    }
    return word;
  }

  private static final Pattern COMPOUND =
      Pattern.compile("[\\p{L}\\p{N}]+([-\u2010\u2011/'.][\\p{L}\\p{N}]+)+");
}

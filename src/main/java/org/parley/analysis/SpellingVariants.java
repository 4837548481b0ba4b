package org.parley.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.parley.config.ConfigException;

/**
 * One-way, one-word spelling rules ({@code defence => defense}) applied as a plain term lookup. A
 * synonym graph would do the same at several times the cost per token, and the rules never change
 * the number of tokens, so no graph is needed.
 */
final class SpellingVariants {
  private final CharArrayMap<char[]> rules;

  private SpellingVariants(CharArrayMap<char[]> rules) {
    this.rules = rules;
  }

  /** Reads {@code from => to} lines; {@code #} starts a comment; errors name file and line. */
  static SpellingVariants read(Path file) {
    CharArrayMap<char[]> rules = new CharArrayMap<>(1024, false);
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String rule = line.replaceFirst("#.*$", "").strip();
        if (rule.isEmpty()) {
          continue;
        }
        String[] sides = rule.split("=>");
        if (sides.length != 2
            || sides[0].isBlank()
            || sides[1].isBlank()
            || sides[0].strip().contains(" ")
            || sides[1].strip().contains(" ")) {
          throw new ConfigException(
              name
                  + ": line "
                  + number
                  + ": expected one word => one word, as 'defence => defense'");
        }
        rules.put(
            sides[0].strip().toLowerCase(Locale.ROOT),
            sides[1].strip().toLowerCase(Locale.ROOT).toCharArray());
      }
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
    }
    return new SpellingVariants(rules);
  }

  TokenStream wrap(TokenStream in) {
    return new Filter(in, rules);
  }

  private static final class Filter extends TokenFilter {
    private final CharArrayMap<char[]> rules;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Filter(TokenStream in, CharArrayMap<char[]> rules) {
      super(in);
      this.rules = rules;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] replacement = rules.get(term.buffer(), 0, term.length());
      if (replacement != null) {
        term.copyBuffer(replacement, 0, replacement.length);
      }
      return true;
    }
  }
}

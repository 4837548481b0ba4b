package org.parley.speakers;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The comparison key for names, titles and labels: case, accents, dots, apostrophes and hyphens do
 * not matter, so "SECRETARY-GENERAL", "Secretary General" and "secretary-general" are one key, as
 * are "António Guterres" and "ANTONIO GUTERRES", and "MR. PRICE" and "Mr Price".
 *
 * <p>Letters are folded exactly as search folds them (lower case code point by code point, then
 * Lucene's {@link ASCIIFoldingFilter}: "ø" → "o", "ł" → "l", "æ" → "ae", "ß" → "ss"), so a name the
 * registry knows as "Støre" and a query for "Store" meet.
 */
public final class SpeakerNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’`ʼ]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}/&]+");

  /** ASCIIFoldingFilter turns one char into at most four. */
  private static final int MAX_FOLD_GROWTH = 4;

  private SpeakerNames() {}

  /** The key of {@code text}: lower-case words separated by single spaces. */
  public static String key(String text) {
    String folded = DROPPED.matcher(fold(text)).replaceAll("");
    return SEPARATORS.matcher(folded).replaceAll(" ").trim();
  }

  /**
   * {@code text} lower-cased and folded to ASCII as the search analyzer does; combining marks left
   * over from decomposed text are dropped.
   */
  public static String fold(String text) {
    if (isAscii(text)) {
      return lowerCase(text);
    }
    String lower = lowerCase(Normalizer.normalize(text, Normalizer.Form.NFC));
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * MAX_FOLD_GROWTH];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return MARKS.matcher(new String(out, 0, length)).replaceAll("");
  }

  /**
   * Lower case one code point at a time, as Lucene's LowerCaseFilter does: "İ" becomes "i", not "i"
   * and a combining dot as {@link String#toLowerCase} would give.
   */
  private static String lowerCase(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    text.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
    return lower.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** The last word of a display name ("Linda Thomas-Greenfield" → "Thomas-Greenfield"). */
  public static String lastWord(String name) {
    String trimmed = name.trim();
    return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
  }
}

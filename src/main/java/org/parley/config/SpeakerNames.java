package org.parley.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key for names, titles and labels: case, accents, dots, apostrophes and hyphens do
 * not matter, so "SECRETARY-GENERAL", "Secretary General" and "secretary-general" are one key, as
 * are "António Guterres" and "ANTONIO GUTERRES", and "MR. PRICE" and "Mr Price".
 */
public final class SpeakerNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’`ʼ]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}/&]+");

  private SpeakerNames() {}

  /** The key of {@code text}: lower-case words separated by single spaces. */
  public static String key(String text) {
    String folded =
        isAscii(text)
            ? text
            : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    folded = DROPPED.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    return SEPARATORS.matcher(folded).replaceAll(" ").trim();
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

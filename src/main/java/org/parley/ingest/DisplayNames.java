package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.speakers.SpeakerNames;

/**
 * Display forms for names and titles printed in capitals ("MS. JEAN-PIERRE" → "Jean-Pierre", "PRIME
 * MINISTER" → "Prime Minister", "FOREIGN MINISTER LE DRIAN" → "Le Drian"). Words already in mixed
 * case are kept as printed.
 */
final class DisplayNames {
  /** Short words in titles that stay lower case ("Secretary of State"). */
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "for", "and", "to", "on", "at");

  /** Capitals of this many letters or fewer in a title are an acronym ("NSC", "NATO", "UN"). */
  private static final int MAX_ACRONYM = 4;

  private DisplayNames() {}

  /** A personal name for display: every all-capitals word cased as a name. */
  static String name(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(LabelDetector.isAllCaps(word) ? nameWord(word) : word);
    }
    return out.toString();
  }

  /** An office title for display, or {@code text} itself when it is not all capitals. */
  static String title(String text) {
    if (!LabelDetector.isAllCaps(text)) {
      return text;
    }
    List<String> words = LabelDetector.words(text);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String key = SpeakerNames.key(word);
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (i > 0 && SMALL_WORDS.contains(key)) {
        out.append(key);
      } else if (word.length() <= MAX_ACRONYM
          && !LabelVocabulary.isTitleWord(word)
          && !LabelVocabulary.HONORIFICS.contains(key)
          && !LabelVocabulary.CONNECTIVES.contains(key)
          && !LabelVocabulary.SENTENCE_OPENERS.contains(key)) {
        out.append(word);
      } else {
        out.append(nameWord(word));
      }
    }
    return out.toString();
  }

  /** "JEAN-PIERRE" → "Jean-Pierre", "O’BRIEN" → "O’Brien", "MCKEON" → "McKeon", "LE" → "Le". */
  private static String nameWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean startOfPart = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      out.append(startOfPart ? Character.toUpperCase(c) : c);
      startOfPart = c == '-' || c == '\'' || c == '’' || (i == 1 && lower.startsWith("mc"));
    }
    return out.toString();
  }
}

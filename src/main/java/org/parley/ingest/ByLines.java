package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.speakers.SpeakerNames;

/** Finds who speaks in a by-line: "NATO Secretary General Jens Stoltenberg following the ...". */
final class ByLines {
  private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’.\\-/&]*$");

  /** Capitalised words that end the speaker part of a by-line ("... Blinken At a Press ..."). */
  private static final Set<String> STOPS =
      Set.of(
          "at",
          "on",
          "in",
          "with",
          "following",
          "after",
          "during",
          "before",
          "and",
          "ahead",
          "upon",
          "via",
          "together",
          "alongside",
          "to",
          "for",
          "from",
          "prior",
          "about",
          "a",
          "an",
          "the");

  private ByLines() {}

  /**
   * The leading run of capitalised words (with connectives such as "of" between them) that names
   * the speaker, up to the first comma, or {@code null}: "Secretary of State Antony J. Blinken at a
   * press availability" gives "Secretary of State Antony J. Blinken".
   */
  static String speakerPhrase(String byLine) {
    int comma = byLine.indexOf(',');
    String beforeComma = comma < 0 ? byLine : byLine.substring(0, comma);
    List<String> words = new ArrayList<>(LabelDetector.words(beforeComma));
    if (!words.isEmpty() && SpeakerNames.key(words.get(0)).equals("the")) {
      words.remove(0);
    }
    List<String> phrase = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean capitalised =
          CAPITALISED.matcher(word).matches() && !STOPS.contains(SpeakerNames.key(word));
      boolean connective =
          LabelVocabulary.CONNECTIVES.contains(word)
              && !word.equals("and")
              && !phrase.isEmpty()
              && i + 1 < words.size()
              && CAPITALISED.matcher(words.get(i + 1)).matches();
      if (!capitalised && !connective) {
        break;
      }
      phrase.add(word);
    }
    return phrase.isEmpty() ? null : String.join(" ", phrase);
  }
}

package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker label found at the start of a line: {@code Max Delany (AFP):}, {@code NATO Secretary
 * General Jens Stoltenberg:}, {@code NATO Spokesperson:}, {@code SECRETARY BLINKEN:}, {@code MR
 * PRICE:}, {@code QUESTION:}, {@code Q:}. A sentence that happens to end in a colon ("NATO remains
 * committed to our dual-track approach to Russia:") is not a label: labels are short, every word is
 * capitalised (or the label is all capitals), and they hold no sentence punctuation.
 *
 * @param label the label as printed, without the colon
 * @param name the part before a parenthesised outlet, or the whole label
 * @param outlet the outlet in parentheses or brackets, or {@code null}
 * @param rest the text after the colon on the same line ("" when the label stands alone)
 */
record SpeakerLabel(String label, String name, String outlet, String rest) {
  private static final Pattern CANDIDATE =
      Pattern.compile("^([^:]{1,90}?)\\s*:\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern WITH_OUTLET =
      Pattern.compile("^(.+?)\\s*[\\(\\[]([^\\)\\]]{1,60})[\\)\\]]$");
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "of", "the", "for", "and", "to", "on", "de", "du", "la", "le", "van", "von", "der", "al",
          "bin", "in", "at", "&");
  private static final int MAX_WORDS = 9;

  /** The label at the start of {@code line}, if it has one. */
  static Optional<SpeakerLabel> at(String line) {
    Matcher m = CANDIDATE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group(1).strip().replaceAll("\\s+", " ");
    String rest = m.group(2).strip();
    if (rest.startsWith("//") || label.isEmpty()) {
      return Optional.empty(); // a URL, not a label
    }
    Matcher outlet = WITH_OUTLET.matcher(label);
    String name = label;
    String outletName = null;
    if (outlet.matches()) {
      name = outlet.group(1).strip();
      outletName = outlet.group(2).strip();
    }
    if (!looksLikeName(name)) {
      return Optional.empty();
    }
    return Optional.of(new SpeakerLabel(label, name, outletName, rest));
  }

  private static boolean looksLikeName(String name) {
    if (name.isEmpty() || name.length() > 80 || name.matches(".*[,;?!\"\u201C\u201D].*")) {
      return false;
    }
    if (name.matches(".*\\d.*")) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > MAX_WORDS) {
      return false;
    }
    boolean allCaps =
        name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    if (allCaps) {
      return words.length <= 6;
    }
    int capitalised = 0;
    for (String word : words) {
      String bare = word.replaceAll("^[\\(\\[]|[\\)\\].]$", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))
          && Character.isLowerCase(bare.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(bare.codePointAt(0))) {
        return false;
      }
      capitalised++;
    }
    // "Finally:" or "Today:" at the start of a sentence are one capitalised word; known one-word
    // labels (Q, A, MODERATOR, QUESTION) are all capitals and handled above.
    return capitalised >= 2 || (capitalised == 1 && words.length == 1 && isOneWordRole(name));
  }

  private static boolean isOneWordRole(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "moderator",
          "question",
          "answer",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "participant",
          "journalist",
          "reporter",
          "interviewer",
          "chair",
          "chairman",
          "chairperson",
          "president",
          "secretary-general",
          "ambassador",
          "minister",
          "audience" ->
          true;
      default -> false;
    };
  }
}

package org.parley.ingest;

import static org.parley.ingest.LabelVocabulary.CONNECTIVES;
import static org.parley.ingest.LabelVocabulary.SENTENCE_OPENERS;
import static org.parley.ingest.LabelVocabulary.VERBS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.speakers.SpeakerNames;
import org.parley.speakers.SpeakerRegistry;

/**
 * Decides whether a line starts with a speaker label ("Max Delany (AFP):", "NATO Secretary General
 * Jens Stoltenberg:", "SECRETARY BLINKEN:", "Q:") or merely contains a colon ("NATO remains
 * committed to our dual-track approach to Russia:").
 *
 * <p>The text before the first colon is a label when it is short (at most {@value #MAX_WORDS} words
 * and {@value #MAX_CHARS} characters), has no digits, every word is capitalised apart from
 * connectives such as "of" or "von", and it does not open like a sentence ("Then", "On", "Our"). On
 * top of that, one of these must hold: it is a role word ("QUESTION", "Moderator"); the registry
 * knows it as a name, variant, surname or office title; it is written in capitals; it carries an
 * outlet in parentheses or brackets; it contains a title word ("Spokesperson", "Minister", "Mr");
 * or it reads like a personal name of two to four words. A single capitalised word that is none of
 * these ("Kazakhstan:") is not a label.
 */
final class LabelDetector {
  static final int MAX_WORDS = 8;
  static final int MAX_CHARS = 80;

  /**
   * A long office title before a name ("Chairman of the Board of the Foundation for Development and
   * Support of the Valdai Discussion Club Andrei Bystritsky") may run to this many words and
   * characters.
   */
  static final int MAX_TITLED_WORDS = 20;

  static final int MAX_TITLED_CHARS = 130;

  private static final Pattern OUTLET =
      Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]{1,60})[)\\]]$");
  private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’.\\-/&]*$");
  private static final Pattern ARABIC_PARTICLE = Pattern.compile("^(al|el|ad|ar|as)-\\p{Lu}.*$");
  private static final Pattern DIGIT = Pattern.compile("\\p{N}");

  /** "Q Thank you, Jen.": a question label without a colon (the text never opens in lower case). */
  private static final Pattern BARE_QUESTION = Pattern.compile("^Q\\.?\\s+([^\\p{Ll}&\\s].*)$");

  /**
   * Notes in parentheses after a speaker's name that say how the words reached the page, not whom
   * the speaker works for: "Angela Merkel (retranslated)", "MINISTER KULEBA (Via interpreter)".
   */
  private static final Pattern ANNOTATION =
      Pattern.compile(
          "^(re-?)?translated|(via|through)( an?)? interpret(er|ation)|interpreted|in [a-z]+"
              + "|inaudible|continuing|continued|cont|off[- ]mic(rophone)?|as delivered|video|audio"
              + "|by video(link)?|remotely|speaking [a-z]+$",
          Pattern.CASE_INSENSITIVE);

  /** A label found at the start of a line, and the text after its colon (possibly empty). */
  record Match(Label label, String rest) {}

  private final SpeakerRegistry registry;

  LabelDetector(SpeakerRegistry registry) {
    this.registry = registry;
  }

  /**
   * The label that opens {@code line} when the line is where a turn may start (a block's first
   * line, or the line after a sentence): a label with a colon, or the White House's "Q" followed by
   * spaces and no colon.
   */
  Optional<Match> detectAtTurnStart(String line) {
    Optional<Match> labelled = detect(line);
    if (labelled.isPresent()) {
      return labelled;
    }
    Matcher bare = BARE_QUESTION.matcher(line);
    return bare.matches()
        ? Optional.of(new Match(new Label("Q", "Q", null), bare.group(1)))
        : Optional.empty();
  }

  /** The label that opens {@code line}, if it opens with one. */
  Optional<Match> detect(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > MAX_TITLED_CHARS) {
      return Optional.empty();
    }
    String rest = line.substring(colon + 1).strip();
    if (rest.startsWith("//")) {
      return Optional.empty();
    }
    return parse(line.substring(0, colon).strip()).map(label -> new Match(label, rest));
  }

  /**
   * Whether {@code line} opens with a label that could never be a heading or a title: a role word,
   * a registered name or office, capitals, or an outlet.
   */
  boolean startsWithStrongLabel(String line) {
    return detect(line).filter(m -> isStrong(m.label())).isPresent();
  }

  /** Parses {@code text} (without its colon) as a label, if it is one. */
  Optional<Label> parse(String text) {
    if (text.isEmpty() || text.length() > MAX_TITLED_CHARS) {
      return Optional.empty();
    }
    String name = text;
    String outlet = null;
    Matcher withOutlet = OUTLET.matcher(text);
    if (withOutlet.matches()) {
      name = withOutlet.group(1).strip();
      outlet = withOutlet.group(2).strip();
      if (isAnnotation(outlet)) {
        outlet = null;
      }
    }
    name = name.replaceAll(",\\s*$", "");
    // An outlet may carry digits ("TV2 Norway"); a name never does ("At 3:").
    if (name.isEmpty()
        || DIGIT.matcher(name).find()
        || name.chars().filter(c -> c == ',').count() > 1) {
      return Optional.empty();
    }
    Label label = new Label(text, name, outlet);
    return accepts(label) ? Optional.of(label) : Optional.empty();
  }

  /** Whether the text in parentheses after a name is a note on the text, not an affiliation. */
  static boolean isAnnotation(String parenthesised) {
    return ANNOTATION.matcher(parenthesised.strip()).matches();
  }

  private boolean accepts(Label label) {
    List<String> words = words(label.name());
    if (words.isEmpty() || words.size() > MAX_TITLED_WORDS || !wellFormed(words)) {
      return false;
    }
    if (words.size() > MAX_WORDS || label.name().length() > MAX_CHARS) {
      return isLongTitleAndName(words);
    }
    if (LabelVocabulary.isRoleLabel(SpeakerNames.key(label.name()))) {
      return true;
    }
    if (registryKnows(label.name())) {
      return true;
    }
    if (opensSentence(words)) {
      return false;
    }
    boolean hasTitle = words.stream().anyMatch(LabelVocabulary::isTitleWord);
    if (isAllCaps(label.name())) {
      return hasTitle || words.stream().noneMatch(w -> VERBS.contains(SpeakerNames.key(w)));
    }
    if (hasTitle) {
      return true;
    }
    if (label.outlet() != null) {
      return words.size() <= 5;
    }
    return PersonalNames.isPersonalName(words);
  }

  /**
   * A long label is a title in sentence case ending in a personal name: "President of the Republic
   * of Turkey Recep Tayyip Erdogan". Capitalised connectives ("Minister Of State For Europe") mark
   * a heading in title case instead.
   */
  private static boolean isLongTitleAndName(List<String> words) {
    int name = PersonalNames.nameStart(words);
    boolean titleCaseConnective =
        words.stream()
            .skip(1)
            .anyMatch(
                w -> CONNECTIVES.contains(w.toLowerCase(Locale.ROOT)) && !CONNECTIVES.contains(w));
    return name > 0
        && !titleCaseConnective
        && !opensSentence(words)
        && words.subList(0, name).stream().anyMatch(LabelVocabulary::isTitleWord);
  }

  private boolean isStrong(Label label) {
    String key = SpeakerNames.key(label.name());
    return LabelVocabulary.isRoleLabel(key)
        || label.outlet() != null
        || isAllCaps(label.name())
        || registryKnows(label.name());
  }

  private boolean registryKnows(String name) {
    for (String part : name.split(",")) {
      String text = part.strip();
      if (registry.isRegisteredName(text) || registry.isOfficeTitle(text)) {
        return true;
      }
      List<String> words = words(text);
      String last = words.get(words.size() - 1);
      boolean titledSurname =
          words.size() == 1 || words.stream().limit(words.size() - 1).allMatch(this::isTitleLike);
      if (titledSurname && registry.isRegisteredSurname(last)) {
        return true;
      }
    }
    return false;
  }

  private boolean isTitleLike(String word) {
    return LabelVocabulary.isTitleWord(word) || registry.isOfficeTitle(word);
  }

  private static boolean wellFormed(List<String> words) {
    if (!CAPITALISED.matcher(words.get(0)).matches()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (CONNECTIVES.contains(last)) {
      return false;
    }
    for (String word : words) {
      boolean ok =
          CAPITALISED.matcher(word).matches()
              || CONNECTIVES.contains(word)
              || LabelVocabulary.TITLE_WORDS.contains(word)
              || ARABIC_PARTICLE.matcher(word).matches()
              || word.equals("&");
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensSentence(List<String> words) {
    String first = SpeakerNames.key(words.get(0));
    if (first.equals("the") && words.size() > 1) {
      return !LabelVocabulary.isTitleWord(words.get(1));
    }
    return SENTENCE_OPENERS.contains(first);
  }

  static boolean isAllCaps(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean separator = i == text.length() || text.charAt(i) == ',' || text.charAt(i) <= ' ';
      if (separator && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
    return words;
  }
}

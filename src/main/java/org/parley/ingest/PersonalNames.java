package org.parley.ingest;

import static org.parley.ingest.LabelVocabulary.NAME_PARTICLES;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.speakers.SpeakerNames;

/**
 * Recognises personal names by their shape: two to four capitalised words ("Max Delany", "Antony J.
 * Blinken", "Ursula von der Leyen"), none of them a word that names do not contain ("Arms Control",
 * "NATO Allies").
 */
final class PersonalNames {
  private static final Pattern NAME_WORD =
      Pattern.compile(
          "^(Mc|Mac|O['’]|D['’])?\\p{Lu}[\\p{Ll}\\p{M}'’]+(-\\p{L}[\\p{Ll}\\p{M}'’]+)*$");
  private static final Pattern CAPS_NAME_WORD = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M}'’\\-]+$");

  /** "al-Assad", "bin-Salman": a particle joined to a capitalised surname. */
  private static final Pattern PARTICLE_NAME =
      Pattern.compile("^(al|el|ad|ar|as|ash|an|abu|abd|bin|ibn)-\\p{Lu}[\\p{Ll}\\p{M}'’]+$");

  /** Words that open a compound given name ("Abdel Fattah", "Abu Bakr"). */
  private static final java.util.Set<String> GIVEN_NAME_PREFIXES =
      java.util.Set.of("abdel", "abdul", "abd", "abu");

  private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.$");

  private PersonalNames() {}

  /** Whether {@code words} as a whole read like a personal name. */
  static boolean isPersonalName(List<String> words) {
    if (words.size() < 2 || words.size() > 4) {
      return false;
    }
    boolean caps = LabelDetector.isAllCaps(String.join(" ", words));
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean inner = i > 0 && i < words.size() - 1;
      boolean ok =
          isNameWord(word, caps)
              || (inner && (NAME_PARTICLES.contains(word) || INITIAL.matcher(word).matches()));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the personal name at the end of {@code words} starts ("NATO Secretary General Jens
   * Stoltenberg" → 3), or -1 when the words do not end in one. The name is a surname, any particles
   * before it, and one given name with any initials after it.
   */
  static int nameStart(List<String> words) {
    boolean caps = LabelDetector.isAllCaps(String.join(" ", words));
    int i = words.size() - 1;
    if (i < 1 || !isNameWord(words.get(i), caps)) {
      return -1;
    }
    i--;
    while (true) {
      while (i > 0 && isParticle(words.get(i))) {
        i--;
      }
      while (i > 0 && INITIAL.matcher(words.get(i)).matches()) {
        i--;
      }
      if (!isNameWord(words.get(i), caps)) {
        return -1;
      }
      // "Mohammad bin Salman Al Saud", "Abdel Fattah el-Sisi": a particle or a given-name prefix
      // before the given name joins the word before it to the name.
      boolean joined = i > 1 && isParticle(words.get(i - 1)) && isNameWord(words.get(i - 2), caps);
      if (i > 0 && GIVEN_NAME_PREFIXES.contains(SpeakerNames.key(words.get(i - 1)))) {
        return i - 1;
      }
      if (!joined) {
        return i;
      }
      i--;
    }
  }

  private static boolean isParticle(String word) {
    return NAME_PARTICLES.contains(SpeakerNames.key(word))
        && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Whether {@code words} read like a surname printed after a title: one to three name words, any
   * but the last may be a particle ("Le Drian", "López Obrador", "JEAN-PIERRE").
   */
  static boolean isSurname(List<String> words) {
    if (words.isEmpty() || words.size() > 3) {
      return false;
    }
    boolean caps = LabelDetector.isAllCaps(String.join(" ", words));
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean particle = i < words.size() - 1 && NAME_PARTICLES.contains(SpeakerNames.key(word));
      if (!particle && !isNameWord(word, caps)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameWord(String word, boolean caps) {
    boolean shaped =
        (caps ? CAPS_NAME_WORD : NAME_WORD).matcher(word).matches()
            || (!caps && PARTICLE_NAME.matcher(word).matches());
    return shaped && LabelVocabulary.canBeInName(word) && !LabelVocabulary.isTitleWord(word);
  }

  /**
   * The surname key of a personal name: its last word ("Thomas-Greenfield" → "thomas greenfield").
   */
  static String surnameKey(String name) {
    return SpeakerNames.key(SpeakerNames.lastWord(name));
  }
}

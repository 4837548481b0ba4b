package org.parley.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.config.SpeakerRegistry;

/**
 * Resolves labels to people within one document. Order of evidence: the label's own name; a title
 * seen earlier in the document with a name ("NATO Secretary General Jens Stoltenberg" makes a later
 * "NATO Secretary General" him); the registry by name variant, by office on the document's date,
 * then by surname when exactly one registered person fits. Anything else is unknown: a paragraph is
 * never attributed by guess.
 */
final class SpeakerResolver {
  private static final Set<String> QUESTION_LABELS =
      Set.of(
          "q",
          "question",
          "questions",
          "journalist",
          "reporter",
          "audience",
          "audience member",
          "interviewer",
          "press");
  private static final Set<String> MODERATOR_LABELS =
      Set.of("moderator", "chair", "host", "operator");
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "ms",
          "mrs",
          "miss",
          "dr",
          "sir",
          "madam",
          "secretary",
          "ambassador",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "minister",
          "president",
          "deputy",
          "general",
          "admiral",
          "senator",
          "under",
          "assistant",
          "foreign",
          "prime",
          "high",
          "representative",
          "chancellor",
          "secretary-general");

  private final SpeakerRegistry registry;
  private final LocalDate date;
  private final String principal;
  private final Map<String, Speaker> titles = new HashMap<>();

  /**
   * @param principal the person of the "by ..." line, if any, who answers "A:" labels
   */
  SpeakerResolver(SpeakerRegistry registry, LocalDate date, String principal) {
    this.registry = registry;
    this.date = date;
    this.principal = principal;
  }

  /** Resolves the "by ..." phrase ("NATO Secretary General Jens Stoltenberg"). */
  Speaker resolveByLine(String who) {
    return resolve(who, null);
  }

  Speaker resolve(String name, String outlet) {
    String key = key(name);
    if (QUESTION_LABELS.contains(key)) {
      return new Speaker(null, Role.JOURNALIST, outlet, null);
    }
    if (MODERATOR_LABELS.contains(key)) {
      return new Speaker(null, Role.MODERATOR, null, null);
    }
    if (key.equals("a") || key.equals("answer")) {
      return principal != null ? resolve(principal, null) : Speaker.UNKNOWN;
    }
    Optional<SpeakerRegistry.Person> person = registry.byName(name);
    if (person.isPresent()) {
      return official(person.get(), null, outlet);
    }
    if (outlet != null) {
      // "Max Delany (AFP)": a journalist, unless the bracket holds an office ("Jens Stoltenberg
      // [NATO Secretary General]").
      Optional<SpeakerRegistry.Person> byTitle = registry.byTitle(outlet, date);
      if (byTitle.isPresent()
          && registry.byName(name).isEmpty()
          && matchesSurname(byTitle.get(), name)) {
        return official(byTitle.get(), outlet, null);
      }
      return new Speaker(displayName(name), Role.JOURNALIST, outlet, null);
    }
    Speaker local = titles.get(key);
    if (local != null) {
      return local;
    }
    Optional<Speaker> titled = titleAndName(name);
    if (titled.isPresent()) {
      return titled.get();
    }
    Optional<SpeakerRegistry.Person> office = registry.byTitle(name, date);
    if (office.isPresent()) {
      Speaker s = official(office.get(), name, null);
      titles.put(key, s);
      return s;
    }
    Optional<SpeakerRegistry.Person> bySurname = surnameLookup(name);
    if (bySurname.isPresent()) {
      return official(bySurname.get(), null, null);
    }
    if (looksLikePersonalName(name)) {
      return new Speaker(displayName(name), Role.PARTICIPANT, null, null);
    }
    return Speaker.UNKNOWN;
  }

  /** "NATO Secretary General Jens Stoltenberg": a title followed by a name. */
  private Optional<Speaker> titleAndName(String label) {
    String[] words = label.split(" ");
    for (int k = words.length - 1; k >= 1; k--) {
      String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
      Optional<SpeakerRegistry.Person> person = registry.byName(name);
      boolean titleKnown = registry.isKnownTitle(title);
      if (person.isPresent()
          || (titleKnown && looksLikePersonalName(name) && name.split(" ").length >= 2)) {
        Speaker s =
            person.isPresent()
                ? official(person.get(), title, null)
                : new Speaker(displayName(name), Role.OFFICIAL, null, title);
        titles.put(key(title), s);
        titles.put(key(label), s);
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private Optional<SpeakerRegistry.Person> surnameLookup(String label) {
    String[] words = label.split(" ");
    if (words.length > 3) {
      return Optional.empty();
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!HONORIFICS.contains(key(words[i]))) {
        return Optional.empty();
      }
    }
    return registry.bySurname(words[words.length - 1], date);
  }

  private Speaker official(SpeakerRegistry.Person person, String title, String outlet) {
    Role role = person.roleValue();
    // A spokesperson chairing someone else's press conference hands out the floor.
    if (principal != null
        && role == Role.OFFICIAL
        && isSpokesperson(person, title)
        && !key(principal).contains(key(person.name()))) {
      role = Role.MODERATOR;
    }
    String office = title;
    if (office == null) {
      office =
          person.offices().stream()
              .filter(
                  o ->
                      (o.from() == null || !date.isBefore(o.from()))
                          && (o.to() == null || !date.isAfter(o.to())))
              .map(SpeakerRegistry.Office::title)
              .findFirst()
              .orElse(null);
    }
    return new Speaker(person.name(), role, outlet, office);
  }

  private boolean isSpokesperson(SpeakerRegistry.Person person, String title) {
    if (title != null && key(title).contains("spokes")) {
      return true;
    }
    return person.offices().stream()
        .anyMatch(
            o ->
                key(o.title()).contains("spokes")
                    && (o.from() == null || !date.isBefore(o.from()))
                    && (o.to() == null || !date.isAfter(o.to())));
  }

  private boolean matchesSurname(SpeakerRegistry.Person person, String name) {
    String[] words = name.split(" ");
    return key(person.name()).endsWith(key(words[words.length - 1]));
  }

  static boolean looksLikePersonalName(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || HONORIFICS.contains(key(w))) {
        return false;
      }
    }
    return !name.equals(name.toUpperCase(Locale.ROOT)) || words.length <= 3;
  }

  /** "MAX DELANY" prints as "Max Delany"; mixed case stays as printed. */
  static String displayName(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[.\u2019']", "").replaceAll("\\s+", " ").trim();
  }
}

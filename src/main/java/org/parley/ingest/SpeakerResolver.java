package org.parley.ingest;

import static org.parley.speakers.SpeakerNames.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.speakers.Role;
import org.parley.speakers.SpeakerPerson;
import org.parley.speakers.SpeakerRegistry;

/**
 * Resolves the speaker labels of one document, remembering what earlier labels said so that a short
 * label ("NATO Secretary General:", "MR PRICE:") names the person printed in full before ("NATO
 * Secretary General Jens Stoltenberg:", "Ned Price, Department Spokesperson").
 *
 * <p>Order of evidence for a label: a front-matter hint; a role word ("QUESTION", "MODERATOR",
 * "A"); what this document said earlier; the registry by full name or variant; a title followed by
 * a registered name; an office title, by date; a title or honorific followed by a surname. What
 * none of these resolves keeps its label and gets a name only if the label itself is a personal
 * name ("Max Delany"); nothing is guessed. A name in a label with an outlet that is not an
 * affiliation ("John Sullivan (CNN)") is a journalist, whoever the registry knows by that name.
 */
final class SpeakerResolver {
  private final SpeakerRegistry registry;
  private final LocalDate date;
  private final Map<String, String> hints;
  private final Map<String, Speaker> cache = new HashMap<>();
  private final Memory names = new Memory();
  private final Memory surnames = new Memory();
  private final Set<String> labelNames = new HashSet<>();
  private String organisation;
  private Speaker opening = Speaker.UNKNOWN;

  /**
   * @param organisation the document's organisation, or {@code null} when not known
   * @param hints printed label → name or label to resolve instead (front matter), by key
   */
  SpeakerResolver(
      SpeakerRegistry registry, LocalDate date, String organisation, Map<String, String> hints) {
    this.registry = registry;
    this.date = date;
    this.organisation = organisation;
    this.hints = Map.copyOf(hints);
  }

  /**
   * Resolves who speaks the unlabelled opening text from a by-line phrase or a front-matter hint.
   * When the document's organisation is not known yet, that speaker's organisation becomes it.
   */
  Speaker resolveOpening(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return Speaker.UNKNOWN;
    }
    Optional<Identified> identified = identify(phrase, null);
    Speaker speaker =
        identified.map(Identified::speaker).orElseGet(() -> unidentified(phrase, null));
    if (speaker.role() == Role.JOURNALIST) {
      return Speaker.UNKNOWN;
    }
    opening = speaker;
    if (organisation == null && identified.isPresent() && identified.get().person() != null) {
      organisation = registry.organisationOn(identified.get().person(), date);
    }
    return speaker;
  }

  /**
   * Like {@link #resolveOpening} for weaker evidence (the words a title opens with): only a person
   * the registry or this document knows counts, a mere name shape does not.
   */
  Speaker resolveOpeningIfRegistered(String phrase) {
    if (phrase == null || phrase.isBlank() || identify(phrase, null).isEmpty()) {
      return Speaker.UNKNOWN;
    }
    return resolveOpening(phrase);
  }

  /**
   * Tells the resolver every label the document prints (nulls ignored), so that a long label can be
   * read by a shorter one printed elsewhere: "President of the Arab Republic of Egypt Abdel Fattah
   * el-Sisi" names "Abdel Fattah el-Sisi" when the document also prints "Abdel Fattah el-Sisi:".
   */
  void expectLabels(List<Label> labels) {
    for (Label label : labels) {
      if (label != null) {
        labelNames.add(key(label.name()));
      }
    }
  }

  /** The document's organisation, as given or as learned from the opening speaker. */
  String organisation() {
    return organisation;
  }

  /** The speaker a label stands for; the same label always resolves the same way. */
  Speaker resolve(Label label) {
    String cacheKey = key(label.printed());
    Speaker cached = cache.get(cacheKey);
    if (cached == null) {
      cached = resolveFresh(label);
      cache.put(cacheKey, cached);
    }
    return cached;
  }

  private Speaker resolveFresh(Label label) {
    String hint = hints.getOrDefault(key(label.printed()), hints.get(key(label.name())));
    if (hint != null) {
      return identifyOrName(hint, label.outlet());
    }
    String roleKey = key(label.name());
    if (LabelVocabulary.QUESTION_LABELS.contains(roleKey)) {
      return new Speaker(null, Role.JOURNALIST, label.outlet(), null);
    }
    if (LabelVocabulary.MODERATOR_LABELS.contains(roleKey)) {
      return new Speaker(null, Role.MODERATOR, null, null);
    }
    if (LabelVocabulary.ANSWER_LABELS.contains(roleKey)) {
      return opening.isKnown() ? opening : new Speaker(null, Role.OFFICIAL, null, null);
    }
    if (LabelVocabulary.PARTICIPANT_LABELS.contains(roleKey)) {
      return new Speaker(null, Role.PARTICIPANT, null, null);
    }
    return identifyOrName(label.name(), label.outlet());
  }

  /** The speaker named {@code name} (a source's own speaker field), with a journalist's outlet. */
  Speaker resolveName(String name, String outlet) {
    return identifyOrName(name, outlet);
  }

  private Speaker identifyOrName(String text, String outlet) {
    if (outlet != null && !isAffiliation(outlet) && !hasTitleWord(text)) {
      Speaker known = names.get(key(text));
      return known != null && known.role() == Role.JOURNALIST ? known : unidentified(text, outlet);
    }
    return identify(text, outlet)
        .map(Identified::speaker)
        .orElseGet(() -> unidentified(text, outlet));
  }

  /** The whole text, then each comma-separated part ("Oana Lungescu, NATO Spokesperson"). */
  private Optional<Identified> identify(String text, String outlet) {
    List<String> parts = new ArrayList<>();
    parts.add(text);
    if (text.contains(",")) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          parts.add(part.strip());
        }
      }
    }
    for (String part : parts) {
      Optional<Identified> found = identifyPart(part, outlet);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Identified> identifyPart(String text, String outlet) {
    Speaker remembered = names.get(key(text));
    if (remembered != null) {
      return Optional.of(new Identified(remembered, null));
    }
    Optional<SpeakerPerson> named = registry.named(text, date, organisation);
    if (named.isPresent()) {
      return Optional.of(found(named.get(), outlet, null, text));
    }
    if (registry.isOfficeTitle(text)) {
      return registry
          .holderOf(text, date, organisation)
          .map(person -> found(person, outlet, text, text));
    }
    List<String> words = LabelDetector.words(text);
    for (int i = 1; i < words.size(); i++) {
      String title = String.join(" ", words.subList(0, i));
      String name = String.join(" ", words.subList(i, words.size()));
      if (!isTitleLike(title) || isTitleLike(name)) {
        continue;
      }
      Speaker rememberedName = names.get(key(name));
      if (rememberedName != null) {
        return Optional.of(new Identified(rememberedName, null));
      }
      if (registry.isRegisteredName(name)) {
        Optional<SpeakerPerson> person = registry.named(name, date, organisation);
        if (person.isPresent()) {
          return Optional.of(found(person.get(), outlet, title, text));
        }
      }
    }
    return identifyBySurname(text, words, outlet);
  }

  /** "MR PRICE", "SPOKESPERSON DUJARRIC", "PRICE": a surname, alone or after a title. */
  private Optional<Identified> identifyBySurname(String text, List<String> words, String outlet) {
    for (int surnameWords = 1; surnameWords <= Math.min(2, words.size()); surnameWords++) {
      int split = words.size() - surnameWords;
      String title = String.join(" ", words.subList(0, split));
      String surname = String.join(" ", words.subList(split, words.size()));
      if (split > 0 && !isTitleLike(title)) {
        continue;
      }
      Speaker remembered = surnames.get(key(surname));
      if (remembered != null) {
        return Optional.of(new Identified(remembered, null));
      }
      Optional<SpeakerPerson> person =
          split > 0 && registry.isOfficeTitle(title)
              ? registry.bySurnameInOffice(surname, title, date)
              : registry.bySurname(surname, date, organisation);
      if (person.isEmpty() && split > 0 && !isHonorificsOnly(title)) {
        person = registry.bySurnameWithTitleWords(surname, title, date);
      }
      if (person.isPresent()) {
        return Optional.of(found(person.get(), outlet, split > 0 ? title : null, text));
      }
    }
    return Optional.empty();
  }

  /**
   * A label nobody is registered under: the person it prints, as themselves ("Max Delany (AFP)",
   * "PRESIDENT MACRON", "MS. PSAKI"), else the office it names ("SENIOR ADMINISTRATION OFFICIAL"),
   * never a guess. Names printed in capitals are cased for display ("Psaki", "Le Drian").
   */
  private Speaker unidentified(String text, String outlet) {
    List<String> allWords = LabelDetector.words(text);
    int printedAlone = nameLabelledAlone(allWords);
    String firstPart = printedAlone > 0 ? text : text.split(",")[0].strip();
    List<String> words = printedAlone > 0 ? allWords : LabelDetector.words(firstPart);
    int nameStart =
        printedAlone > 0
            ? printedAlone
            : PersonalNames.isPersonalName(words) ? 0 : PersonalNames.nameStart(words);
    String title = nameStart > 0 ? String.join(" ", words.subList(0, nameStart)) : null;
    boolean titled = title != null && isTitleLike(title);
    if (nameStart != 0 && !titled) {
      nameStart = surnameAfterTitle(words);
      title = nameStart > 0 ? String.join(" ", words.subList(0, nameStart)) : null;
      titled = nameStart > 0;
    }
    if (nameStart == 0 || titled) {
      String name = DisplayNames.name(words.subList(nameStart, words.size()));
      String office = titled && !isHonorificsOnly(title) ? DisplayNames.title(title) : null;
      Role role =
          office != null ? Role.OFFICIAL : outlet != null ? Role.JOURNALIST : Role.PARTICIPANT;
      Speaker speaker = new Speaker(name, role, role == Role.JOURNALIST ? outlet : null, office);
      names.put(key(name), speaker);
      surnames.put(PersonalNames.surnameKey(name), speaker);
      if (title != null) {
        names.put(key(firstPart), speaker);
      }
      if (office != null) {
        names.put(key(office), speaker);
      }
      return speaker;
    }
    if (outlet != null && !hasTitleWord(firstPart)) {
      return new Speaker(null, Role.JOURNALIST, outlet, null);
    }
    String office = leadingTitle(words);
    return office == null
        ? Speaker.UNKNOWN
        : new Speaker(null, Role.OFFICIAL, null, DisplayNames.title(firstPart));
  }

  /**
   * Where the longest run of final words that this document also prints as a label of its own
   * starts, after words that read as a title; -1 when there is none.
   */
  private int nameLabelledAlone(List<String> words) {
    for (int start = 1; start < words.size(); start++) {
      String name = String.join(" ", words.subList(start, words.size()));
      if (labelNames.contains(key(name))
          && PersonalNames.isSurname(words.subList(start, Math.min(words.size(), start + 3)))
          && hasTitleWord(String.join(" ", words.subList(0, start)))) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Where a surname after a title starts ("PRIME MINISTER | KISHIDA", "Mr. | Gonzalez", "FOREIGN
   * MINISTER | LE DRIAN"), or -1: the longest title that ends in a title word or is a registered
   * office, followed by one to three name words.
   */
  private int surnameAfterTitle(List<String> words) {
    for (int split = words.size() - 1; split > 0; split--) {
      List<String> rest = words.subList(split, words.size());
      if (rest.size() > 3) {
        break;
      }
      String title = String.join(" ", words.subList(0, split));
      boolean endsInTitle =
          LabelVocabulary.isTitleWord(words.get(split - 1)) || registry.isOfficeTitle(title);
      if (endsInTitle && isTitleLike(title) && PersonalNames.isSurname(rest)) {
        return split;
      }
    }
    return -1;
  }

  private Identified found(SpeakerPerson person, String outlet, String printedTitle, String text) {
    String title =
        registry
            .titleOn(person, date)
            .orElse(printedTitle != null && !isHonorificsOnly(printedTitle) ? printedTitle : null);
    Role role = person.role();
    Speaker speaker =
        new Speaker(person.name(), role, role == Role.JOURNALIST ? outlet : null, title);
    names.put(key(text), speaker);
    names.put(key(person.name()), speaker);
    surnames.put(key(person.surname()), speaker);
    if (printedTitle != null && !isHonorificsOnly(printedTitle)) {
      names.put(key(printedTitle), speaker);
    }
    registry
        .titleOn(person, date)
        .ifPresent(office -> registry.officeForms(office).forEach(f -> names.put(key(f), speaker)));
    return new Identified(speaker, person);
  }

  /**
   * Words through the last title word, when the label starts like an office ("SENIOR OFFICIAL").
   */
  private static String leadingTitle(List<String> words) {
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (LabelVocabulary.isTitleWord(words.get(i))) {
        last = i;
      }
    }
    if (last < 0 || LabelVocabulary.HONORIFICS.contains(key(words.get(0)))) {
      return null;
    }
    return String.join(" ", words.subList(0, last + 1));
  }

  /** A title, an office, an honorific, or organisation words before a name ("US Ambassador"). */
  private boolean isTitleLike(String text) {
    if (registry.isOfficeTitle(text)) {
      return true;
    }
    List<String> words = LabelDetector.words(text);
    boolean hasTitle = false;
    for (String word : words) {
      boolean title = LabelVocabulary.isTitleWord(word);
      boolean filler =
          LabelVocabulary.CONNECTIVES.contains(word)
              || registry.organisation(word).isPresent()
              || registry.isOfficeTitle(word)
              || (LabelDetector.isAllCaps(word) && word.length() <= 5);
      if (!title && !filler && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      hasTitle |= title || registry.isOfficeTitle(word);
    }
    return hasTitle;
  }

  /**
   * Whether a label names an office ("President of Syria Bashar al-Assad"): then a note in
   * parentheses after it is never a news outlet.
   */
  private static boolean hasTitleWord(String text) {
    return LabelDetector.words(text).stream()
        .anyMatch(
            w -> LabelVocabulary.isTitleWord(w) && !LabelVocabulary.HONORIFICS.contains(key(w)));
  }

  private static boolean isHonorificsOnly(String title) {
    return LabelDetector.words(title).stream()
        .allMatch(w -> LabelVocabulary.HONORIFICS.contains(key(w)));
  }

  private boolean isAffiliation(String outlet) {
    return registry.organisation(outlet).isPresent()
        || registry.isOfficeTitle(outlet)
        || LabelDetector.words(outlet).stream().anyMatch(LabelVocabulary::isTitleWord);
  }

  private record Identified(Speaker speaker, SpeakerPerson person) {}

  /**
   * Keys learned from this document. A key learned for two different speakers is dropped for good:
   * a short label that could mean either resolves to neither.
   */
  private static final class Memory {
    private final Map<String, Speaker> speakers = new HashMap<>();
    private final Set<String> conflicting = new HashSet<>();

    Speaker get(String key) {
      return speakers.get(key);
    }

    void put(String key, Speaker speaker) {
      if (key.isEmpty() || conflicting.contains(key)) {
        return;
      }
      Speaker previous = speakers.putIfAbsent(key, speaker);
      if (previous != null && !previous.equals(speaker)) {
        speakers.remove(key);
        conflicting.add(key);
      }
    }
  }
}

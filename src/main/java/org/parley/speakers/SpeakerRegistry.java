package org.parley.speakers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code index-config/speakers.yaml}: which person held which office when, and how their names are
 * printed. Every lookup either finds exactly one person or nothing: when more than one person fits,
 * the registry does not guess.
 *
 * <p>Lookups by full name or variant trust the name (a full name is specific enough) and use the
 * date and organisation only to break ties. Lookups by office title use the date, then the
 * document's organisation ("Secretary-General" is NATO's or the UN's). Lookups by surname alone are
 * the weakest evidence, so the person must also fit the date and, when the document's organisation
 * is known, that organisation.
 */
public final class SpeakerRegistry {
  private static final SpeakerRegistry EMPTY = new SpeakerRegistry(List.of(), List.of(), List.of());

  private final List<SpeakerOrganisation> organisations;
  private final List<SpeakerOffice> offices;
  private final List<SpeakerPerson> persons;
  private final Map<String, String> organisationByKey = new HashMap<>();
  private final Map<String, SpeakerOffice> officeByTitle = new HashMap<>();
  private final Map<String, List<SpeakerOffice>> officesByKey = new HashMap<>();
  private final Map<String, List<SpeakerPerson>> personsByName = new HashMap<>();
  private final Map<String, List<SpeakerPerson>> personsBySurname = new HashMap<>();

  private SpeakerRegistry(
      List<SpeakerOrganisation> organisations,
      List<SpeakerOffice> offices,
      List<SpeakerPerson> persons) {
    this.organisations = List.copyOf(organisations);
    this.offices = List.copyOf(offices);
    this.persons = List.copyOf(persons);
    for (SpeakerOrganisation organisation : this.organisations) {
      organisationByKey.put(SpeakerNames.key(organisation.name()), organisation.name());
      for (String alias : organisation.aliases()) {
        organisationByKey.put(SpeakerNames.key(alias), organisation.name());
      }
    }
    for (SpeakerOffice office : this.offices) {
      officeByTitle.put(office.title(), office);
      for (String form : forms(office.title(), office.aliases())) {
        officesByKey.computeIfAbsent(form, k -> new ArrayList<>()).add(office);
      }
    }
    for (SpeakerPerson person : this.persons) {
      for (String form : forms(person.name(), person.variants())) {
        personsByName.computeIfAbsent(form, k -> new ArrayList<>()).add(person);
      }
      personsBySurname
          .computeIfAbsent(SpeakerNames.key(person.surname()), k -> new ArrayList<>())
          .add(person);
    }
  }

  /**
   * Builds a registry from already validated parts; {@link #load} is the usual way in.
   *
   * @throws IllegalArgumentException when an office or a person names an undeclared organisation,
   *     or a term names an undeclared office
   */
  public static SpeakerRegistry of(
      List<SpeakerOrganisation> organisations,
      List<SpeakerOffice> offices,
      List<SpeakerPerson> persons) {
    Set<String> organisationNames = new LinkedHashSet<>();
    organisations.forEach(o -> organisationNames.add(o.name()));
    Set<String> officeTitles = new LinkedHashSet<>();
    for (SpeakerOffice office : offices) {
      requireDeclared(organisationNames, office.organisation(), "organisation");
      officeTitles.add(office.title());
    }
    for (SpeakerPerson person : persons) {
      requireDeclared(organisationNames, person.organisation(), "organisation");
      person.terms().forEach(t -> requireDeclared(officeTitles, t.office(), "office"));
    }
    return new SpeakerRegistry(organisations, offices, persons);
  }

  /** A registry that knows nobody: only what the transcripts themselves say is used. */
  public static SpeakerRegistry empty() {
    return EMPTY;
  }

  public List<SpeakerOrganisation> organisations() {
    return organisations;
  }

  public List<SpeakerOffice> offices() {
    return offices;
  }

  public List<SpeakerPerson> persons() {
    return persons;
  }

  /** The canonical organisation for a name or alias ("nato", "state.gov"), if declared. */
  public Optional<String> organisation(String nameOrAlias) {
    return Optional.ofNullable(organisationByKey.get(SpeakerNames.key(nameOrAlias)));
  }

  /** Whether {@code text} is a registered office title or alias ("NATO Spokesperson"). */
  public boolean isOfficeTitle(String text) {
    return officesByKey.containsKey(SpeakerNames.key(text));
  }

  /** Whether {@code text} is a registered full name or variant ("Secretary Blinken"). */
  public boolean isRegisteredName(String text) {
    return personsByName.containsKey(SpeakerNames.key(text));
  }

  /** Whether {@code text} is the surname of a registered person ("PRICE"). */
  public boolean isRegisteredSurname(String text) {
    return personsBySurname.containsKey(SpeakerNames.key(text));
  }

  /** The title and every alias of the office whose canonical title is {@code title}. */
  public List<String> officeForms(String title) {
    SpeakerOffice office = officeByTitle.get(title);
    if (office == null) {
      return List.of(title);
    }
    List<String> forms = new ArrayList<>();
    forms.add(office.title());
    forms.addAll(office.aliases());
    return forms;
  }

  /**
   * The person with this full name or variant. A name shared by several people is narrowed by date,
   * then by organisation ({@code null} when unknown).
   */
  public Optional<SpeakerPerson> named(String name, LocalDate date, String organisation) {
    List<SpeakerPerson> candidates = personsByName.getOrDefault(SpeakerNames.key(name), List.of());
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<SpeakerPerson> onDate = filter(candidates, p -> p.fitsDate(date));
    if (onDate.size() == 1 || organisation == null) {
      return only(onDate);
    }
    return only(filter(onDate, p -> belongsTo(p, date, organisation)));
  }

  /**
   * Who held the office printed as {@code title} on {@code date}. When the document's organisation
   * is known, holders from that organisation win; a holder from elsewhere is taken only when the
   * printed title names its organisation ("US Ambassador to NATO" in a NATO transcript), never for
   * a bare title ("Deputy Spokesman" in a State Department briefing is not the UN's).
   */
  public Optional<SpeakerPerson> holderOf(String title, LocalDate date, String organisation) {
    Set<String> titles = titlesFor(title);
    List<SpeakerPerson> holders = filter(persons, p -> holdsOn(p, titles, date));
    if (organisation == null) {
      return only(holders);
    }
    List<SpeakerPerson> inOrganisation = filter(holders, p -> belongsTo(p, date, organisation));
    if (!inOrganisation.isEmpty()) {
      return only(inOrganisation);
    }
    return namesAnOrganisation(title) ? only(holders) : Optional.empty();
  }

  /**
   * The one person with this surname who fits the date and, when {@code organisation} is known,
   * belongs to it. Surnames are weak evidence, so nothing is returned unless exactly one fits.
   */
  public Optional<SpeakerPerson> bySurname(String surname, LocalDate date, String organisation) {
    List<SpeakerPerson> candidates =
        filter(
            personsBySurname.getOrDefault(SpeakerNames.key(surname), List.of()),
            p -> p.fitsDate(date));
    if (organisation != null) {
      candidates = filter(candidates, p -> belongsTo(p, date, organisation));
    }
    return only(candidates);
  }

  /**
   * The one person with this surname who held the office printed as {@code title} on {@code date}
   * ("SPOKESPERSON DUJARRIC", "Secretary General Rutte").
   */
  public Optional<SpeakerPerson> bySurnameInOffice(String surname, String title, LocalDate date) {
    Set<String> titles = titlesFor(title);
    return only(
        filter(
            personsBySurname.getOrDefault(SpeakerNames.key(surname), List.of()),
            p -> holdsOn(p, titles, date)));
  }

  /**
   * The one person with this surname in an office on {@code date} whose title or an alias contains
   * the printed title's words: "PRIME MINISTER KISHIDA" is the holder of "Prime Minister of Japan",
   * "PRESIDENT MACRON" of "President of France". A second fit means nobody.
   */
  public Optional<SpeakerPerson> bySurnameWithTitleWords(
      String surname, String printedTitle, LocalDate date) {
    String wanted = " " + SpeakerNames.key(printedTitle) + " ";
    if (wanted.isBlank()) {
      return Optional.empty();
    }
    return only(
        filter(
            personsBySurname.getOrDefault(SpeakerNames.key(surname), List.of()),
            p ->
                p.termOn(date)
                    .map(t -> officeForms(t.office()))
                    .filter(
                        forms ->
                            forms.stream()
                                .anyMatch(f -> (" " + SpeakerNames.key(f) + " ").contains(wanted)))
                    .isPresent()));
  }

  /** The canonical title of the office {@code person} held on {@code date}, if any. */
  public Optional<String> titleOn(SpeakerPerson person, LocalDate date) {
    return person.termOn(date).map(SpeakerTerm::office);
  }

  /**
   * The organisation {@code person} spoke for on {@code date}: that of the office then held, else
   * the person's own.
   */
  public String organisationOn(SpeakerPerson person, LocalDate date) {
    return person
        .termOn(date)
        .map(t -> officeByTitle.get(t.office()))
        .map(SpeakerOffice::organisation)
        .orElse(person.organisation());
  }

  /** Whether some run of words in {@code title} is an organisation's name or alias. */
  private boolean namesAnOrganisation(String title) {
    String[] words = SpeakerNames.key(title).split(" ");
    for (int from = 0; from < words.length; from++) {
      for (int to = from + 1; to <= words.length; to++) {
        String run = String.join(" ", Arrays.asList(words).subList(from, to));
        if (organisationByKey.containsKey(run)) {
          return true;
        }
      }
    }
    return false;
  }

  private Set<String> titlesFor(String printedTitle) {
    Set<String> titles = new LinkedHashSet<>();
    officesByKey
        .getOrDefault(SpeakerNames.key(printedTitle), List.of())
        .forEach(o -> titles.add(o.title()));
    return titles;
  }

  private static boolean holdsOn(SpeakerPerson person, Set<String> titles, LocalDate date) {
    return person.terms().stream().anyMatch(t -> t.covers(date) && titles.contains(t.office()));
  }

  private boolean belongsTo(SpeakerPerson person, LocalDate date, String organisation) {
    if (person.organisation().equals(organisation)) {
      return true;
    }
    return person.terms().stream()
        .filter(t -> t.covers(date))
        .map(t -> officeByTitle.get(t.office()))
        .anyMatch(o -> o != null && o.organisation().equals(organisation));
  }

  private static List<String> forms(String canonical, List<String> others) {
    List<String> keys = new ArrayList<>();
    keys.add(SpeakerNames.key(canonical));
    others.forEach(o -> keys.add(SpeakerNames.key(o)));
    return keys.stream().distinct().toList();
  }

  private static List<SpeakerPerson> filter(
      List<SpeakerPerson> people, Predicate<SpeakerPerson> keep) {
    return people.stream().filter(keep).distinct().toList();
  }

  private static Optional<SpeakerPerson> only(List<SpeakerPerson> people) {
    return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
  }

  private static void requireDeclared(Set<String> declared, String name, String what) {
    if (!declared.contains(Objects.requireNonNull(name, what))) {
      throw new IllegalArgumentException("undeclared " + what + ": " + name);
    }
  }
}

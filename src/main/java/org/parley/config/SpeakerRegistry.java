package org.parley.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.ingest.Role;

/**
 * {@code index-config/speakers.yaml}: who held which office when, and the name variants of each
 * person. Resolution never guesses: a lookup that fits more than one person returns nothing.
 */
public final class SpeakerRegistry {
  /** One office held over a period. */
  public record Office(String title, LocalDate from, LocalDate to) {
    public Office {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("title is required");
      }
    }

    boolean heldOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** One registered person. */
  public record Person(
      String name, String organisation, String role, List<String> aliases, List<Office> offices) {
    public Person {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name is required");
      }
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      offices = offices == null ? List.of() : List.copyOf(offices);
      role = role == null ? "official" : role;
      Role.fromId(role);
    }

    public Role roleValue() {
      return Role.fromId(role);
    }

    String surname() {
      String[] parts = name.split("\\s+");
      return parts[parts.length - 1];
    }
  }

  /** The file's shape. */
  public record File(List<Person> persons) {}

  private final List<Person> persons;

  private SpeakerRegistry(List<Person> persons) {
    this.persons = List.copyOf(persons);
  }

  public static SpeakerRegistry empty() {
    return new SpeakerRegistry(List.of());
  }

  public static SpeakerRegistry of(List<Person> persons) {
    return new SpeakerRegistry(persons);
  }

  /** Loads the registry; errors name the file and the key path. */
  public static SpeakerRegistry load(Path yamlFile) {
    if (!Files.isRegularFile(yamlFile)) {
      return empty();
    }
    File file = YamlFiles.read(yamlFile, File.class);
    return new SpeakerRegistry(file.persons() == null ? List.of() : file.persons());
  }

  public List<Person> persons() {
    return persons;
  }

  /** A person whose name or an alias equals {@code label} (case and punctuation folded). */
  public Optional<Person> byName(String label) {
    String key = fold(label);
    return unique(
        persons.stream()
            .filter(
                p ->
                    fold(p.name()).equals(key)
                        || p.aliases().stream().anyMatch(a -> fold(a).equals(key)))
            .toList());
  }

  /** The holder of office {@code title} on {@code date}, if exactly one. */
  public Optional<Person> byTitle(String title, LocalDate date) {
    String key = fold(title);
    return unique(
        persons.stream()
            .filter(
                p ->
                    p.offices().stream()
                        .anyMatch(o -> fold(o.title()).equals(key) && o.heldOn(date)))
            .toList());
  }

  /** The one person with this surname holding any office on {@code date}. */
  public Optional<Person> bySurname(String surname, LocalDate date) {
    String key = fold(surname);
    return unique(
        persons.stream()
            .filter(p -> fold(p.surname()).equals(key))
            .filter(
                p -> p.offices().isEmpty() || p.offices().stream().anyMatch(o -> o.heldOn(date)))
            .toList());
  }

  /** Whether {@code title} is an office some person holds (at any time). */
  public boolean isKnownTitle(String title) {
    String key = fold(title);
    return persons.stream()
        .anyMatch(p -> p.offices().stream().anyMatch(o -> fold(o.title()).equals(key)));
  }

  private static Optional<Person> unique(List<Person> matches) {
    List<String> names = new ArrayList<>();
    for (Person p : matches) {
      if (!names.contains(p.name())) {
        names.add(p.name());
      }
    }
    return names.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[.\u2019'\\-]", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}

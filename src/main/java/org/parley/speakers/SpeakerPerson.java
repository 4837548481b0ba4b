package org.parley.speakers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered person.
 *
 * @param name the canonical display name ("Antony Blinken")
 * @param surname the family name used for surname-only labels ("MR PRICE:"); the last word of the
 *     name unless the registry says otherwise ("Ban" for "Ban Ki-moon")
 * @param organisation the organisation the person speaks for
 * @param role the role the person plays on the record, {@link Role#OFFICIAL} unless stated
 * @param variants other printed forms of the full name ("Antony J. Blinken", "Secretary Blinken")
 * @param terms the offices held, in the order the registry lists them
 */
public record SpeakerPerson(
    String name,
    String surname,
    String organisation,
    Role role,
    List<String> variants,
    List<SpeakerTerm> terms) {
  public SpeakerPerson {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
    variants = List.copyOf(variants);
    terms = List.copyOf(terms);
  }

  /** The term covering {@code date}, if any (the first listed when terms overlap). */
  public Optional<SpeakerTerm> termOn(LocalDate date) {
    return terms.stream().filter(t -> t.covers(date)).findFirst();
  }

  /**
   * Whether the person could be speaking in office on {@code date}: someone registered without
   * terms (a journalist, a guest) has no dates to contradict.
   */
  public boolean fitsDate(LocalDate date) {
    return terms.isEmpty() || termOn(date).isPresent();
  }
}

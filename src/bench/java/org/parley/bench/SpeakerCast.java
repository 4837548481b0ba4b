package org.parley.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.parley.speakers.SpeakerRegistry;

/**
 * Who speaks in generated transcripts: the kinds of events (a NATO press conference, a State
 * Department briefing, ...), their principal and moderator offices, whose holders on the event's
 * date come from the speaker registry (so labels resolve the way real ones do), and a pool of
 * journalists with their outlets.
 */
final class SpeakerCast {
  /** A kind of event and the offices that speak at it. */
  enum EventKind {
    NATO_PRESS(
        40,
        "NATO Secretary General",
        "NATO Spokesperson",
        true,
        false,
        List.of("Press conference", "Joint press conference", "Press point", "Doorstep statement"),
        List.of(
            "following the meeting of NATO Ministers of Foreign Affairs",
            "following the meeting of NATO Ministers of Defence",
            "ahead of the NATO Summit",
            "following the meeting of the North Atlantic Council",
            "at the joint press point with the Prime Minister")),
    NATO_SPEECH(
        12,
        "NATO Secretary General",
        null,
        false,
        false,
        List.of("Speech", "Keynote speech", "Opening remarks", "Remarks"),
        List.of(
            "at the Munich Security Conference",
            "at the NATO Public Forum",
            "at the opening of the NATO Summit",
            "at the conference on the future of the Alliance")),
    NATO_DEPUTY_SPEECH(
        5,
        "NATO Deputy Secretary General",
        null,
        false,
        false,
        List.of("Speech", "Opening remarks", "Remarks"),
        List.of("at the security forum", "at the annual conference on arms control")),
    US_PRESS(
        16,
        "Secretary of State",
        "State Department Spokesperson",
        true,
        true,
        List.of("Press availability", "Remarks to the press", "Joint press availability"),
        List.of("at the NATO Foreign Ministers meeting", "following the bilateral meeting")),
    US_BRIEFING(
        10,
        "State Department Spokesperson",
        null,
        true,
        true,
        List.of("Department press briefing"),
        List.of("at the Department of State")),
    EU_PRESS(
        8,
        "High Representative",
        null,
        true,
        false,
        List.of("Press remarks", "Press conference"),
        List.of(
            "following the Foreign Affairs Council", "after the informal meeting of ministers")),
    UN_BRIEFING(
        5,
        "UN Spokesperson",
        null,
        true,
        true,
        List.of("Noon briefing"),
        List.of("at the daily press briefing")),
    RU_PRESS(
        4,
        "Russian Foreign Minister",
        "Russian MFA Spokesperson",
        true,
        false,
        List.of("News conference", "Remarks and answers to media questions"),
        List.of("following the talks", "at the joint news conference"));

    final int weight;
    final String principalOffice;
    final String moderatorOffice;
    final boolean questions;
    final boolean americanSpelling;
    final List<String> titles;
    final List<String> occasions;

    EventKind(
        int weight,
        String principalOffice,
        String moderatorOffice,
        boolean questions,
        boolean americanSpelling,
        List<String> titles,
        List<String> occasions) {
      this.weight = weight;
      this.principalOffice = principalOffice;
      this.moderatorOffice = moderatorOffice;
      this.questions = questions;
      this.americanSpelling = americanSpelling;
      this.titles = titles;
      this.occasions = occasions;
    }
  }

  /** A person holding an office at an event: label forms follow the sample transcripts. */
  record Official(String office, String name) {
    /** First label: office and name ("NATO Secretary General Jens Stoltenberg"). */
    String fullLabel() {
      return office + " " + name;
    }

    String firstName() {
      return name.split(" ")[0];
    }
  }

  /** A journalist asking questions: "Max Delany (AFP)". */
  record Journalist(String name, String outlet) {
    String label() {
      return name + " (" + outlet + ")";
    }
  }

  /** The cast of one event. */
  record Event(EventKind kind, Official principal, Official moderator) {}

  private static final String[][] KNOWN_JOURNALISTS = {
    {"Max Delany", "AFP"},
    {"Daniel Michaels", "Wall Street Journal"},
    {"Teri Schultz", "NPR/CBS News"},
    {"Roman Petrenko", "Ukrinform"},
    {"Rikard Jozwiak", "Radio Free Europe/Radio Liberty"},
    {"Jonathan Marcus", "BBC"},
  };
  private static final String[] FIRST_NAMES = {
    "Anna", "Lorne", "Sabine", "Tomasz", "Ingrid", "Paolo", "Hiroshi", "Amira", "Kristof", "Leila",
    "Mateusz", "Elena", "Jakob", "Nadia", "Oskar", "Giulia", "Bram", "Sofia", "Henrik", "Mariam",
    "Dmitri", "Claire", "Jonas", "Aylin", "Viktor", "Laura", "Emil", "Ruta", "Pieter", "Olga",
    "Marek", "Helene", "Karin", "Stefan"
  };
  private static final String[] SURNAMES = {
    "Kowalczyk",
    "Whitby",
    "Wendt",
    "Nowak",
    "Lindqvist",
    "Ferrante",
    "Tanaka",
    "Haddad",
    "Dewitte",
    "Rahimi",
    "Zielinski",
    "Petrova",
    "Hofmann",
    "Benali",
    "Nyberg",
    "Romano",
    "Janssens",
    "Vasquez",
    "Aalto",
    "Karimi",
    "Sokolov",
    "Dubois",
    "Berglund",
    "Yildiz",
    "Horvath",
    "Moretti",
    "Lund",
    "Kazlauskas",
    "de Vries",
    "Ivanova",
    "Dvorak",
    "Laurent",
    "Eriksen",
    "Brandt"
  };
  private static final String[] OUTLETS = {
    "Reuters",
    "AP",
    "Bloomberg",
    "Financial Times",
    "Politico",
    "Deutsche Welle",
    "Al Jazeera",
    "TASS",
    "Le Monde",
    "Der Spiegel",
    "ANSA",
    "EFE",
    "Kyodo",
    "NHK",
    "CNN",
    "Sky News",
    "Defense News",
    "Euronews",
    "LRT",
    "Polish Radio",
    "Yle",
    "SVT",
    "The Guardian",
    "Anadolu"
  };

  private final SpeakerRegistry registry;
  private final List<Journalist> journalists;
  private final int totalWeight;

  SpeakerCast(SpeakerRegistry registry) {
    this.registry = registry;
    List<Journalist> pool = new ArrayList<>();
    for (String[] known : KNOWN_JOURNALISTS) {
      pool.add(new Journalist(known[0], known[1]));
    }
    for (int i = 0; i < FIRST_NAMES.length; i++) {
      pool.add(new Journalist(FIRST_NAMES[i] + " " + SURNAMES[i], OUTLETS[i % OUTLETS.length]));
    }
    this.journalists = List.copyOf(pool);
    int sum = 0;
    for (EventKind kind : EventKind.values()) {
      sum += kind.weight;
    }
    this.totalWeight = sum;
  }

  List<Journalist> journalists() {
    return journalists;
  }

  /**
   * Draws the kind of an event on {@code date} and its speakers. A kind whose office was vacant
   * that day (between two holders) falls back to a NATO press conference.
   */
  Event event(SplittableRandom random, LocalDate date) {
    int pick = random.nextInt(totalWeight);
    EventKind kind = EventKind.NATO_PRESS;
    for (EventKind k : EventKind.values()) {
      if (pick < k.weight) {
        kind = k;
        break;
      }
      pick -= k.weight;
    }
    Optional<Official> principal = holder(kind.principalOffice, date);
    if (principal.isEmpty()) {
      kind = EventKind.NATO_PRESS;
      principal = holder(kind.principalOffice, date);
    }
    if (principal.isEmpty()) {
      throw new IllegalStateException(
          "the speaker registry names no " + kind.principalOffice + " on " + date);
    }
    Official moderator =
        kind.moderatorOffice == null ? null : holder(kind.moderatorOffice, date).orElse(null);
    return new Event(kind, principal.get(), moderator);
  }

  private Optional<Official> holder(String office, LocalDate date) {
    return registry.holderOf(office, date, null).map(p -> new Official(office, p.name()));
  }
}

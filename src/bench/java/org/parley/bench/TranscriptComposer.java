package org.parley.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.parley.bench.SpeakerCast.Event;
import org.parley.bench.SpeakerCast.Journalist;
import org.parley.bench.SpeakerCast.Official;

/**
 * Writes one synthetic transcript in the plain-text format of the bundled sample: title, "by ..."
 * line, date line, "Last updated", "(As delivered)", then blank-line separated paragraphs. An
 * opening statement prints one sentence per line; the Q&amp;A that follows has a moderator handing
 * out the floor, journalists labelled "Name (Outlet):", and answers whose first paragraph carries
 * the speaker's label (full the first time, the office alone afterwards).
 */
final class TranscriptComposer {
  /** Per-paragraph rates of the phrases the query mix looks for, and how they are said. */
  private record Phrase(double rate, List<String> carriers) {}

  private static final List<Phrase> PHRASES =
      List.of(
          new Phrase(
              0.012,
              List.of(
                  "We are ready to engage with Russia on arms control",
                  "Arms control remains in the interest of all Allies",
                  "We need meaningful arms control, including on nuclear weapons")),
          new Phrase(
              0.006,
              List.of(
                  "NATO's Open Door policy remains firm",
                  "Our open door has been a success for European security",
                  "We will not compromise on the Open Door policy")),
          new Phrase(
              0.004,
              List.of(
                  "I will chair a meeting of the NATO-Russia Council",
                  "The NATO-Russia Council met today for the first time in months")),
          new Phrase(
              0.001,
              List.of(
                  "NATO remains committed to our dual-track approach",
                  "That is the essence of our dual-track approach",
                  "We keep a dual track approach of deterrence and dialogue",
                  "Our dual\u2011track approach has served us well")));

  /** Words of the topics Parley tags, so topic filters select realistic shares of the corpus. */
  private static final String[][] THEMES = {
    {"Ukraine", "Ukrainian", "Kyiv", "Crimea", "Donbas"},
    {"China", "Chinese", "Beijing"},
    {"Afghanistan", "Afghan", "Kabul", "Taliban"},
    {"cyber attacks", "cyber defence", "ransomware"},
    {"Georgia", "Georgian", "Tbilisi"},
    {"Belarus", "Minsk", "Lukashenko"},
    {"terrorism", "terrorist", "ISIS"},
    {"climate change", "climate security"},
    {"Finland", "Sweden", "Helsinki", "Stockholm"},
    {"Kazakhstan", "Almaty", "CSTO"},
    {"sanctions", "export controls"},
    {"Baltic Sea", "Black Sea", "High North"},
    {"Iran", "Iranian", "Tehran"},
    {"Kosovo", "Serbia", "Western Balkans"},
    {"Iraq", "Libya", "Sahel"}
  };

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** Share of word slots that get a long-tail word, and a word of the transcript's themes. */
  private static final double TAIL_RATE = 0.08;

  private static final double THEME_RATE = 0.025;

  private final WordModel model;
  private final TailVocabulary tail;
  private final SpeakerCast cast;

  TranscriptComposer(WordModel model, TailVocabulary tail, SpeakerCast cast) {
    this.model = model;
    this.tail = tail;
    this.cast = cast;
  }

  /** A composed transcript: its title (for the file name) and its text. */
  record Composed(String title, String text) {}

  Composed compose(SplittableRandom random, LocalDate date, int paragraphs) {
    Event event = cast.event(random, date);
    String[] themes = THEMES[random.nextInt(THEMES.length)];
    String[] second = THEMES[random.nextInt(THEMES.length)];
    Writer w = new Writer(random, event, themes, second);
    String title = pick(random, event.kind().titles);
    w.header(title, date);
    if (!event.kind().questions) {
      for (int i = 0; i < paragraphs; i++) {
        w.statementParagraph(i == 0);
      }
    } else {
      int opening = Math.max(1, (int) Math.round(paragraphs * (0.2 + 0.2 * random.nextDouble())));
      w.qanda(opening, paragraphs);
    }
    return new Composed(title, w.out.toString());
  }

  /** The state of one transcript being written. */
  private final class Writer {
    final SplittableRandom random;
    final Event event;
    final String[] themes;
    final String[] secondThemes;
    final StringBuilder out = new StringBuilder(16 * 1024);
    final List<Journalist> present = new ArrayList<>();
    boolean principalLabelled;
    boolean moderatorLabelled;
    int written;

    Writer(SplittableRandom random, Event event, String[] themes, String[] secondThemes) {
      this.random = random;
      this.event = event;
      this.themes = themes;
      this.secondThemes = secondThemes;
      List<Journalist> pool = cast.journalists();
      int count = 6 + random.nextInt(5);
      while (present.size() < count) {
        Journalist j = pool.get(random.nextInt(pool.size()));
        if (!present.contains(j)) {
          present.add(j);
        }
      }
    }

    void header(String title, LocalDate date) {
      Official p = event.principal();
      out.append(title).append("\n\n");
      out.append("by ")
          .append(p.fullLabel())
          .append(' ')
          .append(pick(random, event.kind().occasions))
          .append("\n\n");
      String printed = printedDate(date);
      out.append(printed).append(" -\n|\n");
      out.append("Last updated: ").append(printed).append(' ');
      out.append(
          String.format(Locale.ROOT, "%02d:%02d", 9 + random.nextInt(11), random.nextInt(60)));
      out.append("\n\n(As delivered)\n\n");
    }

    /** An unlabelled paragraph of the principal's statement, one sentence per line. */
    void statementParagraph(boolean first) {
      if (first && random.nextInt(3) == 0) {
        out.append(random.nextBoolean() ? "Good afternoon." : "Good morning.");
      } else {
        List<String> sentences = sentences(1 + random.nextInt(4), '.');
        out.append(spelled(String.join("\n", sentences)));
      }
      out.append("\n\n");
      written++;
    }

    void qanda(int opening, int total) {
      for (int i = 0; i < opening && written < total; i++) {
        statementParagraph(i == 0);
      }
      boolean firstQuestion = true;
      while (written < total) {
        Journalist asker = present.get(random.nextInt(present.size()));
        if (event.moderator() != null || event.kind() == SpeakerCast.EventKind.EU_PRESS) {
          moderatorLine(asker, firstQuestion);
          if (written >= total) {
            return;
          }
        }
        firstQuestion = false;
        int questions = random.nextInt(4) == 0 ? 2 : 1;
        for (int q = 0; q < questions && written < total; q++) {
          question(asker, q == 0);
        }
        int answers = 1 + random.nextInt(3);
        for (int a = 0; a < answers && written < total; a++) {
          answer(a == 0);
        }
      }
    }

    void moderatorLine(Journalist next, boolean first) {
      Official m = event.moderator();
      if (m == null) {
        out.append("Moderator: ");
      } else {
        out.append(moderatorLabelled ? m.office() : m.fullLabel()).append(": ");
        moderatorLabelled = true;
      }
      String text =
          first
              ? "Thank you very much, %s. We'll now take some questions. We'll start with %s, %s."
                  .formatted(vocative(), next.name(), next.outlet())
              : switch (random.nextInt(5)) {
                case 0 -> "Thank you. %s, please.".formatted(next.outlet());
                case 1 -> "Next, %s from %s.".formatted(next.name(), next.outlet());
                case 2 -> "We'll go to %s, %s.".formatted(next.name(), next.outlet());
                case 3 ->
                    "Thank you. We have time for a few more questions. %s.".formatted(next.name());
                default -> "%s, go ahead.".formatted(next.outlet());
              };
      out.append(text).append("\n\n");
      written++;
    }

    void question(Journalist asker, boolean labelled) {
      boolean anonymous =
          event.kind() == SpeakerCast.EventKind.US_BRIEFING && random.nextInt(10) < 3;
      if (labelled) {
        out.append(anonymous ? "QUESTION" : asker.label()).append(": ");
      }
      String opening = random.nextBoolean() ? "Thank you. " : "Thanks very much. ";
      List<String> sentences = sentences(1 + random.nextInt(3), '?');
      out.append(spelled(opening + vocative() + ", " + lowerFirst(String.join(" ", sentences))));
      out.append("\n\n");
      written++;
    }

    void answer(boolean labelled) {
      if (labelled) {
        Official p = event.principal();
        out.append(principalLabelled ? p.office() : p.fullLabel()).append(": ");
        principalLabelled = true;
      }
      out.append(spelled(String.join(" ", sentences(2 + random.nextInt(4), '.'))));
      out.append("\n\n");
      written++;
    }

    /** Sentences from the word model, sometimes one carrying a tracked phrase. */
    List<String> sentences(int count, char end) {
      List<String> sentences = new ArrayList<>(count + 1);
      StringBuilder s = new StringBuilder(256);
      for (int i = 0; i < count; i++) {
        s.setLength(0);
        model.appendSentence(random, s, this::insert);
        sentences.add(s.append(end).toString());
      }
      for (Phrase phrase : PHRASES) {
        if (random.nextDouble() < phrase.rate()) {
          sentences.add(
              random.nextInt(sentences.size() + 1), pick(random, phrase.carriers()) + ".");
        }
      }
      return sentences;
    }

    boolean insert(SplittableRandom r, StringBuilder s) {
      double u = r.nextDouble();
      if (u < TAIL_RATE) {
        s.append(tail.sample(r));
        return true;
      }
      if (u < TAIL_RATE + THEME_RATE) {
        String[] words = r.nextInt(3) == 0 ? secondThemes : themes;
        s.append(words[r.nextInt(words.length)]);
        return true;
      }
      return false;
    }

    String vocative() {
      Official p = event.principal();
      return switch (event.kind()) {
        case NATO_PRESS, NATO_SPEECH -> "Secretary General";
        case NATO_DEPUTY_SPEECH -> "Deputy Secretary General";
        case US_PRESS -> "Mr. Secretary";
        case EU_PRESS -> "High Representative";
        case RU_PRESS -> "Minister";
        case US_BRIEFING, UN_BRIEFING -> p.firstName();
      };
    }

    /** American events spell "defense"; NATO and the EU write "defence". */
    String spelled(String text) {
      return event.kind().americanSpelling ? text.replace("efence", "efense") : text;
    }
  }

  static String printedDate(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%02d %s. %d",
        date.getDayOfMonth(),
        MONTHS[date.getMonthValue() - 1],
        date.getYear());
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static <T> T pick(SplittableRandom random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}

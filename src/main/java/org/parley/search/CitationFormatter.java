package org.parley.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds the human citation of a paragraph: "Jens Stoltenberg, Press conference following the
 * extraordinary meeting of NATO Ministers of Foreign Affairs, 7 January 2022, para. 12".
 */
final class CitationFormatter {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private CitationFormatter() {}

  /**
   * Where and when a paragraph was published.
   *
   * @param organisation the publisher, or {@code null}
   * @param date the event date
   * @param approximateDate whether only the year is reliable
   * @param url the original page, or {@code null}
   * @param attribution the attribution line the licence requires, or {@code null}
   */
  record Source(
      String organisation,
      LocalDate date,
      boolean approximateDate,
      String url,
      String attribution) {}

  /**
   * @param who speaker name, or the label as printed, or {@code null}
   * @param title document title ("Press conference")
   * @param byLine the "by ..." line, whose occasion ("following the ...") completes the title
   */
  static String cite(String who, String title, String byLine, Source source, int paragraph) {
    StringBuilder out = new StringBuilder();
    if (who != null && !who.isBlank()) {
      out.append(who).append(", ");
    }
    out.append(title == null || title.isBlank() ? "Untitled" : title.strip());
    String occasion = occasion(byLine);
    if (occasion != null) {
      out.append(' ').append(occasion);
    }
    if (source.organisation() != null
        && (title == null || !title.contains(source.organisation()))) {
      out.append(", ").append(source.organisation());
    }
    out.append(", ")
        .append(
            source.approximateDate()
                ? source.date().getYear() + " (day not known)"
                : DATE.format(source.date()))
        .append(", para. ")
        .append(paragraph);
    if (source.url() != null) {
      out.append(", ").append(source.url());
    }
    if (source.attribution() != null) {
      out.append(". ").append(source.attribution());
    }
    return out.toString();
  }

  /** The part of "NATO Secretary General Jens Stoltenberg following the ..." from the verb on. */
  private static String occasion(String byLine) {
    if (byLine == null) {
      return null;
    }
    String lower = byLine.toLowerCase(Locale.ROOT);
    for (String marker :
        new String[] {
          " following ", " after ", " at ", " on ", " ahead of ", " during ", " with "
        }) {
      int at = lower.indexOf(marker);
      if (at > 0) {
        return byLine.substring(at + 1).strip();
      }
    }
    return null;
  }
}

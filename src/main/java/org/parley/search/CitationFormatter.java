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
   * @param who speaker name, or the label as printed, or {@code null}
   * @param title document title ("Press conference")
   * @param byLine the "by ..." line, whose occasion ("following the ...") completes the title
   */
  static String cite(String who, String title, String byLine, LocalDate date, int paragraph) {
    StringBuilder out = new StringBuilder();
    if (who != null && !who.isBlank()) {
      out.append(who).append(", ");
    }
    out.append(title == null || title.isBlank() ? "Untitled" : title.strip());
    String occasion = occasion(byLine);
    if (occasion != null) {
      out.append(' ').append(occasion);
    }
    out.append(", ").append(DATE.format(date)).append(", para. ").append(paragraph);
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

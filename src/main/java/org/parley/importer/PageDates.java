package org.parley.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a date from an element's {@code datetime} or {@code content} attribute (machine-readable,
 * so preferred), else its printed text: ISO dates ({@code 2020-01-23}, also as the start of a
 * timestamp) and English dates as sites print them ({@code January 23, 2020}, {@code 23 January
 * 2020}).
 */
final class PageDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** Month names are English on the sites this reads, whatever the machine's locale is. */
  private static final List<DateTimeFormatter> PRINTED =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

  private static final Pattern PRINTED_DATE =
      Pattern.compile("\\b(?:[A-Z][a-z]+\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]+\\.? \\d{4})\\b");

  private PageDates() {}

  static Optional<LocalDate> of(Element element) {
    for (String attribute : List.of("datetime", "content")) {
      Optional<LocalDate> date = parse(element.attr(attribute));
      if (date.isPresent()) {
        return date;
      }
    }
    return parse(element.wholeText());
  }

  static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(value);
    if (iso.find()) {
      return valid(iso.group(), DateTimeFormatter.ISO_LOCAL_DATE);
    }
    Matcher printed = PRINTED_DATE.matcher(value.replace('\u00A0', ' '));
    if (printed.find()) {
      String text = printed.group().replace(".", "");
      for (DateTimeFormatter format : PRINTED) {
        Optional<LocalDate> date = valid(text, format);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> valid(String text, DateTimeFormatter format) {
    try {
      return Optional.of(LocalDate.parse(text, format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

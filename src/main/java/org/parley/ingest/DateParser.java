package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates as transcripts print them: {@code 07 Jan. 2022}, {@code 7 January 2022}, {@code
 * January 7, 2022}, {@code Jan 7 2022}, ISO {@code 2022-01-07}, and French month names ({@code 7
 * janv. 2022}). File names: {@code ...-2022-01-24.txt} or {@code 20220124}.
 */
final class DateParser {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("janv", 1),
          Map.entry("janvier", 1),
          Map.entry("january", 1),
          Map.entry("feb", 2),
          Map.entry("febr", 2),
          Map.entry("february", 2),
          Map.entry("fevr", 2),
          Map.entry("fevrier", 2),
          Map.entry("mar", 3),
          Map.entry("march", 3),
          Map.entry("mars", 3),
          Map.entry("apr", 4),
          Map.entry("april", 4),
          Map.entry("avr", 4),
          Map.entry("avril", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("jun", 6),
          Map.entry("june", 6),
          Map.entry("juin", 6),
          Map.entry("jul", 7),
          Map.entry("july", 7),
          Map.entry("juil", 7),
          Map.entry("juillet", 7),
          Map.entry("aug", 8),
          Map.entry("august", 8),
          Map.entry("aout", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("september", 9),
          Map.entry("septembre", 9),
          Map.entry("oct", 10),
          Map.entry("october", 10),
          Map.entry("octobre", 10),
          Map.entry("nov", 11),
          Map.entry("november", 11),
          Map.entry("novembre", 11),
          Map.entry("dec", 12),
          Map.entry("december", 12),
          Map.entry("decembre", 12));

  private static final String MONTH = "([A-Za-z\u00C0-\u017F]{3,9})\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

  private DateParser() {}

  /** The first date in {@code text}, in any of the supported forms. */
  static Optional<LocalDate> find(String text) {
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d.isPresent() && m.start() < bestAt) {
        best = d;
        bestAt = m.start();
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(3), month(m.group(1)), m.group(2));
      if (d.isPresent() && m.start() < bestAt) {
        best = d;
        bestAt = m.start();
      }
    }
    m = ISO.matcher(text);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  /** A date in a file name: ISO or compact yyyymmdd. */
  static Optional<LocalDate> fromFileName(String name) {
    Matcher m = ISO.matcher(name);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = COMPACT.matcher(name);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** Whether {@code line} is nothing but a date (with bullets, dashes or pipes around it). */
  static boolean isDateLine(String line) {
    String bare =
        line.replaceAll("^[\\s\u2022|\\-\u2013\u2014]+|[\\s\u2022|\\-\u2013\u2014]+$", "");
    if (bare.isEmpty() || bare.length() > 40) {
      return false;
    }
    Optional<LocalDate> d = find(bare);
    if (d.isEmpty()) {
      return false;
    }
    String rest =
        bare.replaceAll("\\d", "")
            .replaceAll("[A-Za-z\u00C0-\u017F]{3,9}\\.?", "")
            .replaceAll("[\\s,.\\-]", "");
    return rest.isEmpty();
  }

  private static int month(String name) {
    String key =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return MONTHS.getOrDefault(key, -1);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    if (month < 1) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}

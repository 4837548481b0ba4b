package org.parley.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.speakers.SpeakerNames;

/**
 * Finds dates as transcripts print them: "07 Jan. 2022", "7 January 2022", "January 7, 2022", "Jan
 * 7, 2022", "2022-01-07", and French months ("07 janv. 2022", "1er février 2022"), plus the dates
 * in file names ("...-2022-01-24.txt", "20220124").
 */
final class DateParser {
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+)?(\\p{L}{3,9})\\.?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FILE_NAME_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur"
              + "|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TIME =
      Pattern.compile(
          "\\b\\d{1,2}[:.h]\\d{2}(\\s*[ap]\\.?\\s*m\\.?)?(\\s*\\(?[A-Z]{2,4}\\)?)?(?![\\p{L}\\d])");
  private static final Pattern CHROME = Pattern.compile("[\\s•·|\\-–—*,;()\\[\\]]+");
  private static final Pattern EDGE_CHROME =
      Pattern.compile("^[\\s•·|\\-–—*,;]+|[\\s•·|\\-–—*,;]+$");

  private static final Map<String, Integer> MONTHS = months();

  /** A line that holds nothing but a date, with the place printed next to it, if any. */
  record DateLine(LocalDate date, String place) {}

  private record Found(LocalDate date, int start, int end) {}

  private DateParser() {}

  /** The first date anywhere in {@code text}. */
  static Optional<LocalDate> find(String text) {
    return first(text).map(Found::date);
  }

  /**
   * The date of a line that is only a date, possibly with bullets and dashes, a weekday, a time and
   * a place ("• 07 Jan. 2022 -", "Friday, January 7, 2022", "Brussels, 7 January 2022").
   */
  static Optional<DateLine> dateLine(String line) {
    Optional<Found> found = first(line);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Found date = found.get();
    String before = leftover(line.substring(0, date.start()));
    String after = leftover(line.substring(date.end()));
    if (before.isEmpty() && after.isEmpty()) {
      return Optional.of(new DateLine(date.date(), null));
    }
    String place = before.isEmpty() ? after : after.isEmpty() ? before : null;
    return place != null && isPlace(place)
        ? Optional.of(new DateLine(date.date(), place))
        : Optional.empty();
  }

  /** The date in a file name ("2022-01-24-briefing.txt", "briefing_20220124.txt"). */
  static Optional<LocalDate> fromFileName(String fileName) {
    Matcher m = FILE_NAME_DATE.matcher(fileName);
    while (m.find()) {
      Optional<LocalDate> date =
          date(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> first(String text) {
    List<Found> found = new ArrayList<>();
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      date(num(iso, 1), num(iso, 2), num(iso, 3))
          .ifPresent(d -> found.add(new Found(d, iso.start(), iso.end())));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find()) {
      month(dmy.group(2))
          .flatMap(month -> date(num(dmy, 3), month, num(dmy, 1)))
          .ifPresent(d -> found.add(new Found(d, dmy.start(), dmy.end())));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find()) {
      month(mdy.group(1))
          .flatMap(month -> date(num(mdy, 3), month, num(mdy, 2)))
          .ifPresent(d -> found.add(new Found(d, mdy.start(), mdy.end())));
    }
    return found.stream().min((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static String leftover(String text) {
    String rest = TIME.matcher(WEEKDAY.matcher(text).replaceAll(" ")).replaceAll(" ");
    return CHROME.matcher(rest).replaceAll(" ").isBlank()
        ? ""
        : EDGE_CHROME.matcher(rest).replaceAll("");
  }

  /** A short run of capitalised words without digits: "Brussels", "Washington, D.C.". */
  private static boolean isPlace(String text) {
    List<String> words = LabelDetector.words(text);
    return words.size() <= 3
        && words.stream()
            .allMatch(
                w ->
                    Character.isUpperCase(w.codePointAt(0))
                        && w.chars().noneMatch(Character::isDigit)
                        && !LabelVocabulary.isTitleWord(w)
                        && LabelVocabulary.canBeInName(w));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static Optional<Integer> month(String name) {
    return Optional.ofNullable(MONTHS.get(SpeakerNames.key(name)));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
      return Optional.empty();
    }
    return day <= YearMonth.of(year, month).lengthOfMonth()
        ? Optional.of(LocalDate.of(year, month, day))
        : Optional.empty();
  }

  private static Map<String, Integer> months() {
    return Map.ofEntries(
        Map.entry("jan", 1),
        Map.entry("january", 1),
        Map.entry("janv", 1),
        Map.entry("janvier", 1),
        Map.entry("feb", 2),
        Map.entry("february", 2),
        Map.entry("fev", 2),
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
  }
}

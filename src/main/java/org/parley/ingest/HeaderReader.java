package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata lines at the top of a plain-text transcript: the title (first line), then any
 * mix of a "by ..." line, the event date, a "Last updated" stamp (also "Mis à jour le" and
 * "Dernière mise à jour"), "(As delivered)", a time, a place next to the date, a "Name, Title"
 * line, and web chrome such as a lone "|" or "•". The header ends at the first line that is none of
 * these; none of its lines becomes a paragraph.
 */
final class HeaderReader {
  private static final Pattern BY_LINE = Pattern.compile("^[Bb]y\\s+(\\S.*)$");
  private static final Pattern AS_DELIVERED =
      Pattern.compile(
          "^[(\\[]?\\s*(as\\s+delivered|check\\s+against\\s+delivery|seul\\s+le\\s+texte\\s+"
              + "prononcé\\s+fait\\s+foi|tel\\s+que\\s+prononcé)\\s*[)\\]]?\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AS_PREPARED =
      Pattern.compile(
          "^[(\\[]?\\s*as\\s+prepared(\\s+for\\s+delivery)?\\s*[)\\]]?\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_LINE =
      Pattern.compile(
          "^\\d{1,2}[:.h]\\d{2}(\\s*[ap]\\.?\\s*m\\.?)?(\\s*\\(?[A-Z]{2,4}\\)?)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BULLETED = Pattern.compile("^[•·]\\s*(.*?)\\s*[-–|]?$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'’”)]*$");
  private static final int MAX_HEADING_CHARS = 150;
  private static final int MAX_SUBTITLE_LINES = 5;
  private static final int MAX_SUBTITLE_CHARS = 100;

  private final LabelDetector labels;

  HeaderReader(LabelDetector labels) {
    this.labels = labels;
  }

  /**
   * Reads the header of {@code lines} (already cleaned by {@link TextLines}).
   *
   * @param titleGiven whether front matter supplies the title; then the first line counts as a
   *     title only if it reads like a heading, not like a sentence ("Good afternoon.") or a
   *     speaker's first words ("President of Russia Vladimir Putin: Mr President,")
   */
  DocumentHeader read(List<String> lines, boolean titleGiven) {
    int i = nextNonBlank(lines, 0);
    String title = null;
    if (i < lines.size()
        && isTitle(lines.get(i))
        && (!titleGiven || (isHeading(lines.get(i)) && labels.detect(lines.get(i)).isEmpty()))) {
      title = lines.get(i);
      i++;
    }
    String byLine = null;
    LocalDate date = null;
    String lastUpdated = null;
    String place = null;
    boolean asDelivered = false;
    int subtitlesUntil = subtitlesBeforeDate(lines, i);
    for (; i < lines.size(); i++) {
      String line = withoutBullet(lines.get(i));
      if (line.isEmpty() || TextLines.isChrome(line)) {
        continue;
      }
      Matcher by = BY_LINE.matcher(line);
      String updated = TextLines.updatedStamp(line);
      Optional<DateParser.DateLine> dateLine = DateParser.dateLine(line);
      if (byLine == null && by.matches()) {
        byLine = by.group(1);
      } else if (lastUpdated == null && updated != null) {
        lastUpdated = updated;
      } else if (AS_DELIVERED.matcher(line).matches()) {
        asDelivered = true;
      } else if (AS_PREPARED.matcher(line).matches() || TIME_LINE.matcher(line).matches()) {
        continue;
      } else if (date == null && dateLine.isPresent()) {
        date = dateLine.get().date();
        place = place == null ? dateLine.get().place() : place;
      } else if (byLine == null && date == null && isNameAndTitle(line)) {
        byLine = line;
      } else if (place == null && isPlaceBeforeDate(lines, i)) {
        place = line;
      } else if (i >= subtitlesUntil) {
        break;
      }
    }
    return new DocumentHeader(title, byLine, date, lastUpdated, place, asDelivered, i);
  }

  /**
   * Where a run of short subtitle lines ("Press Availability") that ends in the date line ends, or
   * {@code from} when there is none. The State Department prints such lines between the title and
   * the date; they are metadata, not speech.
   */
  private int subtitlesBeforeDate(List<String> lines, int from) {
    int seen = 0;
    for (int i = from; i < lines.size() && seen < MAX_SUBTITLE_LINES; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (DateParser.dateLine(line).isPresent()) {
        return i;
      }
      if (line.length() > MAX_SUBTITLE_CHARS || labels.detect(line).isPresent()) {
        return from;
      }
      seen++;
    }
    return from;
  }

  /**
   * A header line without the bullet and trailing separator that web pages print around metadata
   * ("• 07 Jan. 2022 -", "• |", "• Last updated: 07 Jan. 2022 21:37").
   */
  private static String withoutBullet(String line) {
    Matcher bullet = BULLETED.matcher(line);
    return bullet.matches() ? bullet.group(1).strip() : line;
  }

  /** A first line longer than this is text, not a title (a transcript printed as one line). */
  private static final int MAX_TITLE_CHARS = 300;

  /** The first line is the title unless the text opens straight with a speaker or a date. */
  private boolean isTitle(String line) {
    return line.length() <= MAX_TITLE_CHARS
        && !labels.startsWithStrongLabel(line)
        && DateParser.dateLine(line).isEmpty()
        && !TextLines.isChrome(line);
  }

  private static boolean isHeading(String line) {
    return line.length() <= MAX_HEADING_CHARS && !SENTENCE_END.matcher(line).find();
  }

  /**
   * "Ned Price, Department Spokesperson": a by-line without "by", as the State Department prints.
   */
  private static boolean isNameAndTitle(String line) {
    int comma = line.indexOf(',');
    if (comma < 0 || line.length() > 100 || line.indexOf(':') >= 0) {
      return false;
    }
    List<String> name = LabelDetector.words(line.substring(0, comma));
    List<String> title = LabelDetector.words(line.substring(comma + 1));
    return PersonalNames.isPersonalName(name)
        && title.stream().anyMatch(LabelVocabulary::isTitleWord);
  }

  /** "Washington, D.C." directly above the date line. */
  private static boolean isPlaceBeforeDate(List<String> lines, int i) {
    String line = lines.get(i);
    if (line.length() > 40 || line.endsWith(":") || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    int next = nextNonBlank(lines, i + 1);
    return next < lines.size()
        && DateParser.dateLine(lines.get(next)).filter(d -> d.place() == null).isPresent()
        && DateParser.dateLine(line + " " + lines.get(next)).isPresent();
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    return i;
  }
}

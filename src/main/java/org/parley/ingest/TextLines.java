package org.parley.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line-level clean-up and the kinds of lines that are layout rather than speech. */
final class TextLines {
  /** A clock time with an optional zone: "10:46 A.M. CEST", "2:59 P.M. EST", "14:05". */
  private static final String CLOCK =
      "\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?\\s?m\\.?)?(\\s+\\(?[a-z]{2,5}\\)?)?";

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  /**
   * C0 and C1 control characters and DEL, except tab and newline: never text, and an escape
   * sequence in a transcript could drive the terminal that shows a search result.
   */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

  private static final Pattern CHROME = Pattern.compile("^[|•·‣◦▪►>\\-–—_=]{1,2}$");
  private static final Pattern SECTION_BREAK =
      Pattern.compile(
          "^([*_]*((\\*\\s*){3,}|(-\\s*){3,}|(_\\s*){3,}|(#\\s*){3,}|(~\\s*){3,})[*_]*"
              + "|[\\[(]?(end|ends|fin)[\\])]?\\.?(\\s+"
              + CLOCK
              + ")?)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK_LINE =
      Pattern.compile("^" + CLOCK + "$", Pattern.CASE_INSENSITIVE);

  /** A Markdown backslash escape left by a web archive: "\\[", "\\###", "\\*". */
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(?=[\\p{Punct}])");

  private static final Pattern QA_HEADING =
      Pattern.compile(
          "^(questions?\\s*(and|&)\\s*answers?(\\s+session)?|q\\s*&\\s*a(\\s+session)?)\\s*:?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern UPDATED_STAMP =
      Pattern.compile(
          "^(?:last\\s+updated|updated|last\\s+modified|mis\\s+à\\s+jour\\s+le|mise\\s+à\\s+jour"
              + "|dernière\\s+mise\\s+à\\s+jour(?:\\s+le)?)\\s*:?\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Section breaks and headings are short; longer lines skip the regexes. */
  private static final int MAX_MARKER_CHARS = 40;

  private TextLines() {}

  /**
   * The stamp of a "Last updated: 07 Jan. 2022 19:08" line (also "Mis à jour le:", "Dernière mise à
   * jour:"), or {@code null} when the line is not one. Such a line is metadata wherever it is.
   */
  static String updatedStamp(String line) {
    if (line.isEmpty() || "LlUuMmDd".indexOf(line.charAt(0)) < 0) {
      return null;
    }
    Matcher m = UPDATED_STAMP.matcher(line);
    return m.matches() && DateParser.find(m.group(1)).isPresent() ? m.group(1).strip() : null;
  }

  /** Splits on LF, CRLF or CR and normalises spaces within each line (tabs, no-break spaces). */
  static List<String> split(String text) {
    return LINE_BREAK.splitAsStream(text).map(TextLines::clean).toList();
  }

  static String clean(String line) {
    String unescaped = line.indexOf('\\') < 0 ? line : MARKDOWN_ESCAPE.matcher(line).replaceAll("");
    if (isClean(unescaped)) {
      return unescaped;
    }
    String visible = withoutControls(INVISIBLE.matcher(unescaped).replaceAll(""));
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  /** {@code text} without control characters other than tab and newline. */
  static String withoutControls(String text) {
    return CONTROL.matcher(text).replaceAll("");
  }

  /** How many control characters other than tab and newline {@code text} holds. */
  static long controlCount(String text) {
    return text.chars().filter(c -> c != '\t' && c != '\n' && Character.isISOControl(c)).count();
  }

  /** NOTE: most lines need no clean-up; checking by hand is much cheaper than two regexes. */
  private static boolean isClean(String line) {
    int n = line.length();
    if (n == 0) {
      return true;
    }
    if (line.charAt(0) == ' ' || line.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c < ' '
          || (c == ' ' && line.charAt(i + 1) == ' ')
          || (c > '~' && (isOddSpace(c) || Character.isISOControl(c)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOddSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /** A web-layout leftover alone on its line: "|", "•", "-". */
  static boolean isChrome(String line) {
    return line.length() <= 2 && CHROME.matcher(line).matches();
  }

  /**
   * "***", "* * *", "---", "# # #", "**###**" (Markdown emphasis around it), "END", "END 10:01 A.M.
   * EST": a break between sections, never a paragraph.
   */
  static boolean isSectionBreak(String line) {
    return line.length() <= MAX_MARKER_CHARS && SECTION_BREAK.matcher(line).matches();
  }

  /**
   * A line that is only a clock time ("10:46 A.M. CEST"): when the event started or ended, printed
   * by the White House above and below the text; metadata, not speech.
   */
  static boolean isClockLine(String line) {
    return line.length() <= MAX_MARKER_CHARS && CLOCK_LINE.matcher(line).matches();
  }

  /** "Questions and answers", "Q&A": a heading that announces the Q&A, not speech. */
  static boolean isQaHeading(String line) {
    return line.length() <= MAX_MARKER_CHARS && QA_HEADING.matcher(line).matches();
  }
}

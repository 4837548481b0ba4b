package org.parley.importer;

/**
 * An extracted page as a corpus transcript: the front matter the corpus uses (title, date, source,
 * organisation, place; each value double-quoted so that colons and "#" in titles stay text), a
 * blank line, then the paragraphs separated by blank lines.
 */
final class TranscriptText {
  private TranscriptText() {}

  static String format(ExtractedPage page) {
    StringBuilder out = new StringBuilder("---\n");
    key(out, "title", page.title());
    key(out, "date", page.date().toString());
    key(out, "source", page.source());
    key(out, "organisation", page.organisation());
    key(out, "place", page.place());
    out.append("---\n");
    for (String paragraph : page.paragraphs()) {
      out.append('\n').append(paragraph).append('\n');
    }
    return out.toString();
  }

  private static void key(StringBuilder out, String key, String value) {
    if (value != null) {
      out.append(key).append(": ").append(quoted(value)).append('\n');
    }
  }

  /** A YAML double-quoted scalar; the value is one line without control characters already. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}

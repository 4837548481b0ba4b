package org.parley.importer;

/**
 * Text as a transcript may hold it: control characters removed (newline and tab excepted, which
 * then collapse like any HTML white space), runs of HTML white space collapsed to one space, the
 * ends trimmed. A non-breaking space is not HTML white space and stays as printed.
 */
final class PlainText {
  private PlainText() {}

  /** One line of text from markup text. */
  static String clean(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHtmlWhitespace(c)) {
        pendingSpace = !out.isEmpty();
      } else if (Character.getType(c) != Character.CONTROL) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The white space HTML collapses (ASCII only: a no-break space is content). */
  private static boolean isHtmlWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}

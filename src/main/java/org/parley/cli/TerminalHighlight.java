package org.parley.cli;

/**
 * Shows text on a terminal: control characters never reach it (a transcript's escape sequence must
 * not drive the terminal), and an HTML highlight's marks become bold, or [brackets] without a
 * console.
 */
final class TerminalHighlight {
  private TerminalHighlight() {}

  static String render(String html) {
    boolean ansi = System.console() != null;
    return safe(html)
        .replace("<mark>", ansi ? "\u001B[1m" : "[")
        .replace("</mark>", ansi ? "\u001B[0m" : "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** {@code text} with every control character shown as U+FFFD instead. */
  static String safe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
    return out.toString();
  }
}

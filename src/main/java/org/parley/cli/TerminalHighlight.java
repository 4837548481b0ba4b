package org.parley.cli;

/** Shows an HTML highlight on a terminal: marks as bold (or [brackets] without a console). */
final class TerminalHighlight {
  private TerminalHighlight() {}

  static String render(String html) {
    boolean ansi = System.console() != null;
    return html.replace("<mark>", ansi ? "\u001B[1m" : "[")
        .replace("</mark>", ansi ? "\u001B[0m" : "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}

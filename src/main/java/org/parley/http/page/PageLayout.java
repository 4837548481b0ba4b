package org.parley.http.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The frame every Parley page shares: head with the one stylesheet and script, header, footer. */
final class PageLayout {
  static final String STYLESHEET = "/static/app.css";
  static final String SCRIPT = "/static/app.js";

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private PageLayout() {}

  /**
   * Writes everything up to the page's own content.
   *
   * @param kind {@code search} or {@code permalink}: tells the script which page it enhances
   */
  static void start(Html html, String title, String kind) {
    start(html, title, kind, null);
  }

  /** As above, announcing the Atom feed at {@code feedUrl} (none when {@code null}). */
  static void start(Html html, String title, String kind, String feedUrl) {
    html.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .element("title", title)
        // An empty icon: no request for /favicon.ico, no 404 in the console.
        .raw("<link rel=\"icon\" href=\"data:,\">")
        .open("link", "rel", "stylesheet", "href", STYLESHEET)
        .open("script", "src", SCRIPT, "defer", "")
        .close("script");
    if (feedUrl != null) {
      html.open("link", "rel", "alternate", "type", "application/atom+xml", "href", feedUrl);
    }
    html.raw("</head>")
        .open("body", "data-page", kind)
        .raw("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .raw("<header class=\"site\"><a class=\"brand\" href=\"/\">Parley</a>")
        // The search page has no title of its own: its tagline is its level-one heading. Other
        // pages have theirs (the transcript's title) and keep the tagline as plain text.
        .element(
            "search".equals(kind) ? "h1" : "span",
            "Search diplomatic statements",
            "class",
            "tagline")
        .raw("</header>");
  }

  static void end(Html html) {
    html.raw("<div id=\"notice\" class=\"vh\" role=\"status\" aria-live=\"polite\"></div>")
        .raw("</body></html>\n");
  }

  /** "7 January 2022" for an ISO date; the text as given when it is not one. */
  static String longDate(String iso) {
    if (iso == null) {
      return "";
    }
    try {
      return LONG_DATE.format(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** The permalink path of a paragraph id. */
  static String permalink(String paragraphId) {
    return "/p/" + UrlPath.segment(paragraphId);
  }
}

package org.parley.http.page;

import java.util.List;
import java.util.Locale;
import org.parley.search.FacetValue;
import org.parley.search.PhraseHistory;

/**
 * The search page's "History of this phrase" panel, rendered on the server from {@link
 * PhraseHistory}: the first use, a timeline of uses per year (an SVG bar chart with the first year
 * marked, and the same figures as a list for screen readers), the adopters by first date, and the
 * variants, each a link to its own search. Every string from the corpus is escaped.
 */
public final class PhraseHistoryPanel {
  /** Adopters listed; the rest are counted. */
  static final int MAX_ADOPTERS = 12;

  private static final int BAR_WIDTH = 28;
  private static final int CHART_HEIGHT = 60;

  private PhraseHistoryPanel() {}

  /** Whether the page shows the panel for {@code q}: one quoted phrase and nothing else. */
  public static boolean isPhrase(String q) {
    String s = q == null ? "" : q.strip();
    return s.length() > 2 && s.startsWith("\"") && s.indexOf('"', 1) == s.length() - 1;
  }

  /** The panel for {@code history}, or an empty string when it has nothing to show. */
  public static String render(PhraseHistory history) {
    if (history == null || (history.total() == 0 && history.variants().isEmpty())) {
      return "";
    }
    Html html = new Html();
    html.open(
            "section",
            "id",
            "phrase-history",
            "class",
            "phrase-history",
            "aria-labelledby",
            "phrase-history-title",
            "data-q",
            history.query())
        .element("h2", "History of this phrase", "id", "phrase-history-title");
    summary(html, history);
    if (history.total() > 0) {
      timeline(html, history.byYear(), history.first().date().substring(0, 4));
      adopters(html, history.speakers());
    }
    variants(html, history);
    html.close("section");
    return html.toString();
  }

  private static void summary(Html html, PhraseHistory history) {
    html.raw("<p class=\"phrase-summary\">").text("“" + history.phrase() + "”: ");
    if (history.total() == 0) {
      html.text("not used in this wording.").raw("</p>");
      return;
    }
    PhraseHistory.Use first = history.first();
    html.text(uses(history.total()) + "; first used on " + first.date())
        .text(first.speaker() != null ? " by " + first.speaker() : "")
        .text(" in ")
        .element("a", first.docTitle(), "href", first.url())
        .raw("</p>")
        .element("blockquote", first.sentence(), "class", "phrase-first");
  }

  private static void timeline(Html html, List<FacetValue> years, String firstYear) {
    long max = years.stream().mapToLong(FacetValue::count).max().orElse(1);
    int width = Math.max(1, years.size()) * BAR_WIDTH;
    html.element("h3", "Uses per year")
        .open(
            "svg",
            "class",
            "phrase-timeline",
            "viewBox",
            "0 0 " + width + " " + (CHART_HEIGHT + 14),
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(CHART_HEIGHT + 14),
            "aria-hidden",
            "true",
            "focusable",
            "false");
    for (int i = 0; i < years.size(); i++) {
      FacetValue y = years.get(i);
      int h = (int) Math.max(2, Math.round(CHART_HEIGHT * (double) y.count() / max));
      boolean first = y.value().equals(firstYear);
      html.open(
              "rect",
              "class",
              first ? "bar first" : "bar",
              "x",
              Integer.toString(i * BAR_WIDTH + 4),
              "y",
              Integer.toString(CHART_HEIGHT - h),
              "width",
              Integer.toString(BAR_WIDTH - 8),
              "height",
              Integer.toString(h))
          .close("rect")
          .element(
              "text",
              y.value().substring(2),
              "x",
              Integer.toString(i * BAR_WIDTH + BAR_WIDTH / 2),
              "y",
              Integer.toString(CHART_HEIGHT + 12),
              "text-anchor",
              "middle");
    }
    html.close("svg").raw("<ol class=\"phrase-years\">");
    for (FacetValue y : years) {
      html.open("li", "class", y.value().equals(firstYear) ? "first" : null)
          .text(y.value() + ": " + uses(y.count()))
          .text(y.value().equals(firstYear) ? " (first use)" : "")
          .close("li");
    }
    html.raw("</ol>");
  }

  private static void adopters(Html html, List<PhraseHistory.Adopter> speakers) {
    if (speakers.isEmpty()) {
      return;
    }
    html.element("h3", "Adopted by").raw("<ol class=\"phrase-adopters\">");
    for (PhraseHistory.Adopter a : speakers.subList(0, Math.min(MAX_ADOPTERS, speakers.size()))) {
      html.raw("<li>")
          .element("span", a.name(), "class", "value")
          .text(" since " + a.firstDate() + ", " + uses(a.count()))
          .raw("</li>");
    }
    html.raw("</ol>");
    if (speakers.size() > MAX_ADOPTERS) {
      html.element(
          "p",
          String.format(Locale.ROOT, "and %d more speakers", speakers.size() - MAX_ADOPTERS),
          "class",
          "more");
    }
  }

  private static void variants(Html html, PhraseHistory history) {
    if (history.variants().isEmpty()) {
      return;
    }
    html.element("h3", "Other wordings").raw("<ul class=\"phrase-variants\">");
    for (PhraseHistory.Variant v : history.variants()) {
      html.raw("<li>")
          .element("a", v.text(), "href", new UrlParams().add("q", "\"" + v.text() + "\"").on("/"))
          .text(
              " ("
                  + v.kind()
                  + ", "
                  + uses(v.count())
                  + ", first "
                  + v.first().date()
                  + (v.first().speaker() != null ? " by " + v.first().speaker() : "")
                  + ")")
          .raw("</li>");
    }
    html.raw("</ul>");
    if (history.variantsSampled()) {
      html.element(
          "p",
          "Other wordings were looked for in a sample of the matching paragraphs.",
          "class",
          "more");
    }
  }

  private static String uses(long n) {
    return n == 1 ? "1 use" : String.format(Locale.ROOT, "%,d uses", n);
  }
}

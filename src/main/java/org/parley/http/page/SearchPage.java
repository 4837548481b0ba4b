package org.parley.http.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.http.SearchParams;
import org.parley.search.CorpusOverview;
import org.parley.search.FacetValue;
import org.parley.search.Hit;
import org.parley.search.SearchResponse;
import org.parley.search.SortOrder;

/**
 * The search page ({@code GET /}), rendered here and only here: one GET form holding the query, the
 * sort, the dates and the facet checkboxes; the count, the trend chart, the hits as escaped text
 * with {@code <mark>}s and real links, and page links. The page's script never renders results: it
 * submits the form when a filter changes, suggests as you type and opens hits in context, so every
 * result a browser shows, with or without JavaScript, comes from this class.
 */
public final class SearchPage {
  private static final String[][] FACETS = {
    {"speaker", "Speaker"}, {"topic", "Topic"}, {"role", "Role"}
  };

  private SearchPage() {}

  /**
   * @param state the page's parameters
   * @param response the results, or {@code null} when nothing was searched or the search failed
   * @param error a message for the user, or {@code null}
   * @param corpus what the corpus holds, shown before anything is searched; may be {@code null}
   */
  public static String render(
      PageQuery state, SearchResponse response, String error, CorpusOverview corpus) {
    return render(state, response, error, corpus, "");
  }

  /** The same, with the phrase history panel's markup ({@link PhraseHistoryPanel}) after it. */
  public static String render(
      PageQuery state,
      SearchResponse response,
      String error,
      CorpusOverview corpus,
      String phrasePanel) {
    Html html = new Html();
    String title =
        (state.query().isEmpty() ? "" : state.query() + " – ")
            + (response != null && state.page() > 1 ? "page " + state.page() + " – " : "")
            + "Parley search";
    PageLayout.start(html, title, "search", state.isSearch() ? FeedLink.url(state) : null);
    // One form holds the query, the filters and the results' page links, but the landmarks are its
    // parts: search (the query box), complementary (the filters) and main (the results), each top
    // level, so the form itself carries no role.
    html.raw("<form id=\"search\" class=\"search\" method=\"get\" action=\"/\">");
    queryBox(html, state);
    html.raw("<div class=\"layout\">");
    filters(html, state, response);
    results(html, state, response, error, corpus);
    html.raw("</div></form>");
    html.raw(phrasePanel);
    PageLayout.end(html);
    return html.toString();
  }

  private static void queryBox(Html html, PageQuery state) {
    html.raw(
            "<div class=\"query\" role=\"search\"><label for=\"q\">Search statements</label><div class=\"combo\">")
        .raw("<input id=\"q\" name=\"q\" type=\"search\"")
        .attr("value", state.query())
        .raw(" placeholder=\"Search statements, e.g. dual-track approach\" maxlength=\"1000\"")
        .raw(" autocomplete=\"off\" spellcheck=\"false\" role=\"combobox\"")
        .raw(" aria-autocomplete=\"list\" aria-controls=\"q-suggestions\" aria-expanded=\"false\">")
        .raw("<ul id=\"q-suggestions\" role=\"listbox\" aria-label=\"Suggestions\" hidden></ul>")
        .raw("</div><button type=\"submit\">Search</button></div>");
  }

  private static void filters(Html html, PageQuery state, SearchResponse response) {
    html.raw("<aside class=\"filters\" aria-label=\"Filters\">")
        .raw("<details class=\"filter-panel\" open><summary>Filters and sort</summary>")
        .raw(
            "<div class=\"field\"><label for=\"sort\">Sort by</label><select id=\"sort\" name=\"sort\">");
    // Blank is the default order, so a submitted form leaves it out of the URL.
    option(html, "", "Relevance", state.sort() == SortOrder.RELEVANCE);
    option(html, "-date", "Newest first", state.sort() == SortOrder.DATE_DESC);
    option(html, "date", "Oldest first", state.sort() == SortOrder.DATE_ASC);
    html.raw("</select></div>");
    ExchangePanel.scopeChoice(html, state.scope());
    html.raw("<fieldset class=\"dates\"><legend>Date</legend>")
        .raw("<label for=\"from\">From</label>")
        .open("input", "type", "date", "id", "from", "name", "from", "value", str(state.from()))
        .raw("<label for=\"to\">To</label>")
        .open("input", "type", "date", "id", "to", "name", "to", "value", str(state.to()))
        .raw("</fieldset><div id=\"facets\">");
    Map<String, List<FacetValue>> facets =
        response == null || response.facets() == null ? Map.of() : response.facets();
    UrlParams params = state.params();
    if (state.isSearch() && (state.from() != null || state.to() != null || hasFilters(state))) {
      html.raw("<p class=\"clear\">")
          .element("a", "Clear filters", "href", params.only("q", "sort").on("/"), "data-clear", "")
          .raw("</p>");
    }
    for (String[] facet : FACETS) {
      checkboxes(
          html,
          facet[0],
          facet[1],
          facets.getOrDefault(facet[0], List.of()),
          selected(state, facet[0]));
    }
    years(html, facets.getOrDefault("year", List.of()), params, state);
    html.raw(
        "</div><button type=\"submit\" class=\"apply js-hide\">Apply filters</button></aside>");
  }

  private static void checkboxes(
      Html html, String name, String label, List<FacetValue> buckets, List<String> selected) {
    List<FacetValue> all = new ArrayList<>(buckets);
    for (String value : selected) {
      if (all.stream().noneMatch(b -> b.value().equals(value))) {
        all.add(new FacetValue(value, 0));
      }
    }
    if (all.isEmpty()) {
      return;
    }
    html.open("fieldset", "class", "facet", "data-facet", name)
        .element("legend", label)
        .raw("<ul>");
    for (FacetValue b : all) {
      html.raw("<li><label>")
          .open(
              "input",
              "type",
              "checkbox",
              "name",
              name,
              "value",
              b.value(),
              "checked",
              selected.contains(b.value()) ? "" : null)
          .raw(" ")
          .element("span", b.value(), "class", "value")
          .raw(" ")
          .element("span", count(b.count()), "class", "count")
          .raw("</label></li>");
    }
    html.raw("</ul></fieldset>");
  }

  private static void years(Html html, List<FacetValue> years, UrlParams params, PageQuery state) {
    if (years.isEmpty()) {
      return;
    }
    List<FacetValue> sorted = new ArrayList<>(years);
    sorted.sort(Comparator.comparing(FacetValue::value));
    html.raw("<fieldset class=\"facet years\" data-facet=\"year\"><legend>Year</legend><ul>");
    for (FacetValue y : sorted) {
      String from = y.value() + "-01-01";
      String to = y.value() + "-12-31";
      boolean current = from.equals(str(state.from())) && to.equals(str(state.to()));
      String href = params.with("page", null).with("from", from).with("to", to).on("/");
      html.raw("<li>")
          .open(
              "a",
              "href",
              href,
              "data-from",
              from,
              "data-to",
              to,
              "aria-current",
              current ? "true" : null)
          .text(y.value())
          .raw(" ")
          .element("span", count(y.count()), "class", "count")
          .raw("</a></li>");
    }
    html.raw("</ul></fieldset>");
  }

  private static void results(
      Html html, PageQuery state, SearchResponse response, String error, CorpusOverview corpus) {
    html.raw("<main id=\"main\" class=\"results\"><div id=\"results\">");
    html.open(
        "p",
        "id",
        "status",
        "role",
        "status",
        "aria-live",
        "polite",
        "aria-atomic",
        "true",
        "class",
        error != null ? "error" : null);
    if (error != null) {
      html.text(error);
    } else if (response != null) {
      html.text(
          countText(response) + (state.query().isEmpty() ? "" : " for “" + state.query() + "”"));
    }
    html.raw("</p>");
    html.open("div", "id", "intro", "class", "intro", "hidden", state.isSearch() ? "" : null)
        .raw(
            "<p>Search press conferences, speeches and Q&amp;A transcripts paragraph by paragraph. ")
        .raw("Use quotes for a phrase (<code>\"dual track approach\"</code>), <code>OR</code>, ")
        .raw("<code>-word</code> to exclude and <code>word*</code> for a prefix.</p>");
    if (corpus != null) {
      overview(html, corpus);
    }
    html.raw("</div>");
    if (response != null && response.facets() != null) {
      TrendChart.render(html, response.facets().getOrDefault("month", List.of()), state.params());
    }
    boolean any = response != null && !response.hits().isEmpty();
    UrlParams exportParams = state.params().with("page", null);
    html.open("p", "id", "tools", "class", "tools", "hidden", any ? null : "")
        .element(
            "a",
            "Export CSV",
            "href",
            exportParams.with("format", "csv").on("/api/export"),
            "data-format",
            "csv")
        .element(
            "a",
            "Export JSON Lines",
            "href",
            exportParams.with("format", "jsonl").on("/api/export"),
            "data-format",
            "jsonl")
        .raw(FeedLink.subscribe(state))
        .raw("</p><ol id=\"hits\" class=\"hits\">");
    if (response != null) {
      for (Hit hit : response.hits()) {
        hit(html, hit);
      }
    }
    html.raw("</ol><nav id=\"pager\" class=\"pager\" aria-label=\"Pages\">");
    if (response != null) {
      pager(html, state, response);
    }
    html.raw("</nav></div></main>");
  }

  /** One hit. */
  static void hit(Html html, Hit hit) {
    String who = hit.speaker() != null ? hit.speaker() : hit.speakerLabel();
    html.open("li", "class", "hit", "tabindex", "-1", "data-id", hit.id())
        .raw("<p class=\"passage\">")
        .highlight(hit.highlight())
        .raw("</p><p class=\"meta\">")
        .element("span", who == null ? "Unknown speaker" : who, "class", "speaker");
    if (hit.speakerLabel() != null && !hit.speakerLabel().equals(who)) {
      html.raw(" ").element("span", "(" + hit.speakerLabel() + ")", "class", "label");
    }
    if (hit.outlet() != null) {
      html.raw(", ").element("span", hit.outlet(), "class", "outlet");
    }
    html.raw(" · ")
        .element("time", PageLayout.longDate(hit.date()), "datetime", hit.date())
        .raw("</p><p class=\"doc\">")
        .element("a", title(hit.doc()), "href", PageLayout.permalink(hit.id()))
        .text(", para. " + hit.paragraph())
        .raw("</p>");
    provenance(html, hit.doc());
    matched(html, hit);
    Hit.QuestionRef question = hit.question();
    if (question != null && question.text() != null) {
      String asker =
          String.join(
              ", ",
              java.util.stream.Stream.of(question.speaker(), question.outlet())
                  .filter(s -> s != null && !s.isBlank())
                  .toList());
      html.raw("<p class=\"question\">")
          .text("In answer to " + (asker.isEmpty() ? "a question" : asker) + ": ")
          .element("q", truncate(question.text(), 240))
          .raw("</p>");
    }
    ExchangePanel.answer(html, hit);
    if (!hit.topics().isEmpty()) {
      html.raw("<ul class=\"topics\" aria-label=\"Topics\">");
      hit.topics().forEach(t -> html.element("li", t));
      html.raw("</ul>");
    }
    html.raw("<p class=\"actions\">")
        .element(
            "a",
            "In context",
            "class",
            "in-context",
            "href",
            PageLayout.permalink(hit.id()),
            "data-id",
            hit.id())
        .raw(" ")
        .element(
            "button",
            "Copy citation",
            "type",
            "button",
            "class",
            "copy",
            "data-citation",
            hit.citation(),
            "hidden",
            "")
        .raw("</p><details class=\"cite\"><summary>Cite</summary>")
        .element("p", hit.citation(), "class", "citation")
        .raw("</details></li>");
  }

  /** The empty state: what the corpus holds and searches to start from. */
  static void overview(Html html, CorpusOverview corpus) {
    String years =
        corpus.firstYear() == corpus.lastYear()
            ? Integer.toString(corpus.firstYear())
            : corpus.firstYear() + "–" + corpus.lastYear();
    html.raw("<section class=\"overview\" aria-label=\"What is in the corpus\"><p>")
        .text(
            count(corpus.documents())
                + " transcripts, "
                + count(corpus.paragraphs())
                + " paragraphs, "
                + years
                + (corpus.organisations().isEmpty() ? "." : ", from:"))
        .raw("</p>");
    if (!corpus.organisations().isEmpty()) {
      html.raw("<ul class=\"organisations\">");
      for (FacetValue org : corpus.organisations()) {
        html.raw("<li>")
            .text(org.value() + " ")
            .element("span", count(org.count()) + " paragraphs", "class", "count")
            .raw("</li>");
      }
      html.raw("</ul>");
    }
    if (!corpus.examples().isEmpty()) {
      html.raw("<p>Try: ");
      for (int i = 0; i < corpus.examples().size(); i++) {
        String example = corpus.examples().get(i);
        html.raw(i == 0 ? "" : " · ")
            .element("a", example, "href", new UrlParams().with("q", example).on("/"));
      }
      html.raw("</p>");
    }
    html.raw("</section>");
  }

  /** Which of the query's words a partial match has; nothing for a hit with all of them. */
  static void matched(Html html, Hit hit) {
    if (hit.allTerms() == null || hit.allTerms() || hit.matchedTerms() == null) {
      return;
    }
    html.element(
        "p", "Partial match: " + String.join(", ", hit.matchedTerms()), "class", "matched");
  }

  /**
   * Who published the transcript, a link to the original (http and https only), and the attribution
   * line its licence requires.
   */
  static void provenance(Html html, Hit.DocRef doc) {
    if (doc.organisation() == null && doc.source() == null && doc.attribution() == null) {
      return;
    }
    html.raw("<p class=\"source\">");
    boolean first = true;
    if (doc.organisation() != null) {
      html.element("span", doc.organisation(), "class", "org");
      first = false;
    }
    if ("approximate".equals(doc.datePrecision())) {
      html.text((first ? "" : " · ") + "date approximate");
      first = false;
    }
    String source = PermalinkPage.safeSource(doc.source());
    if (source != null) {
      html.raw(first ? "" : " · ")
          .element("a", "Original", "href", source, "rel", "noopener noreferrer external");
    }
    if (doc.attribution() != null) {
      html.element("small", doc.attribution(), "class", "attribution");
    }
    html.raw("</p>");
  }

  private static void pager(Html html, PageQuery state, SearchResponse response) {
    UrlParams params = state.params();
    if (state.page() > 1) {
      html.element(
          "a",
          "Previous page",
          "rel",
          "prev",
          "href",
          params
              .with("page", state.page() == 2 ? null : Integer.toString(state.page() - 1))
              .on("/"));
    }
    long shown = (long) state.page() * SearchParams.PAGE_SIZE;
    if (shown < response.total() && shown < SearchParams.MAX_WINDOW) {
      html.element(
          "a",
          "Next page",
          "rel",
          "next",
          "href",
          params.with("page", Integer.toString(state.page() + 1)).on("/"));
    }
  }

  static String countText(SearchResponse response) {
    if (response.total() == 0) {
      return "No results";
    }
    String n = count(response.total()) + (response.total() == 1 ? " result" : " results");
    String total = "gte".equals(response.totalRelation()) ? "More than " + n : n;
    Long all = response.allTermsTotal();
    if (all == null || all >= response.total()) {
      return total;
    }
    // Relaxed matching: say how many have every word, since those come first.
    if (all == 0) {
      return total + " with some of the words (none has them all)";
    }
    return total + ": " + count(all) + " with all words, then partial matches";
  }

  private static void option(Html html, String value, String label, boolean selected) {
    html.open("option", "value", value, "selected", selected ? "" : null)
        .text(label)
        .close("option");
  }

  private static boolean hasFilters(PageQuery state) {
    return !state.speakers().isEmpty() || !state.topics().isEmpty() || !state.roles().isEmpty();
  }

  private static List<String> selected(PageQuery state, String facet) {
    return switch (facet) {
      case "speaker" -> state.speakers();
      case "topic" -> state.topics();
      default -> state.roles();
    };
  }

  private static String title(Hit.DocRef doc) {
    return doc == null || doc.title() == null || doc.title().isBlank() ? "Transcript" : doc.title();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max - 1).stripTrailing() + "…" : s;
  }
}

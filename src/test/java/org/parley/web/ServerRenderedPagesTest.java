package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.http.SearchParams;
import org.parley.http.page.PageQuery;
import org.parley.http.page.PermalinkPage;
import org.parley.http.page.SearchPage;
import org.parley.search.DocumentView;
import org.parley.search.FacetValue;
import org.parley.search.Hit;
import org.parley.search.SearchResponse;
import org.parley.search.SortOrder;

/** The HTML the server renders for browsers without JavaScript: escaped, linked, reproducible. */
class ServerRenderedPagesTest {
  static final String EVIL = "<img src=x onerror=\"window.parleyPwned=1\"> & 'quotes'";

  @Test
  void only_mark_survives_from_a_highlight_and_text_is_escaped_everywhere() {
    Hit hit =
        hit(
            "doc-1-p2",
            "&lt;img src=x onerror=&quot;window.parleyPwned=1&quot;&gt; <mark>dual</mark>-track"
                + " <script>alert(1)</script>");
    String html = SearchPage.render(query("q", "dual"), response(hit), null, null);

    String passage = between(html, "<p class=\"passage\">", "</p>");
    assertThat(tagNames(passage)).containsOnly("mark");
    assertThat(passage)
        .contains("&lt;img src=x onerror=&quot;window.parleyPwned=1&quot;&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html)
        .doesNotContain("<img")
        .doesNotContain("<script>alert")
        .contains(
            "<span class=\"speaker\">&lt;img src=x onerror=&quot;window.parleyPwned=1&quot;&gt;");
  }

  @Test
  void the_page_carries_its_results_as_markup_only_with_no_data_for_a_script_to_render() {
    Hit hit = hit("doc-1-p2", "</script><script>window.parleyPwned=1</script>");
    String html = SearchPage.render(query("q", "x"), response(hit), null, null);
    // The one script element is the page's own file; nothing else a script could render from.
    assertThat(PageRoutesHttpTest.count(html, "<script")).isEqualTo(1);
    assertThat(html)
        .contains("<script src=\"/static/app.js\" defer=\"\"></script>")
        .doesNotContain("application/json")
        .contains("&lt;/script&gt;&lt;script&gt;window.parleyPwned=1&lt;/script&gt;");
  }

  @Test
  void the_trend_chart_is_drawn_on_the_server_with_a_link_per_month() {
    SearchResponse response =
        response(
            hit("doc-1-p2", "x"),
            Map.of(
                "month",
                List.of(
                    new FacetValue("2022-01", 4),
                    new FacetValue("2022-03", 2),
                    new FacetValue("not a month", 9))));
    String html = SearchPage.render(query("q", "nato", "page", "2"), response, null, null);
    String chart = between(html, "<figure id=\"trend\" class=\"trend\">", "</figure>");
    assertThat(chart)
        .contains("<figcaption>Hits per month</figcaption>")
        .contains("aria-label=\"January 2022: 4 hits\"")
        .contains("aria-label=\"March 2022: 2 hits\"")
        .doesNotContain("February 2022")
        .contains("href=\"/?q=nato&amp;from=2022-03-01&amp;to=2022-03-31\"")
        .contains("<span>Jan 2022 – Mar 2022</span>")
        .doesNotContain("style");
    assertThat(PageRoutesHttpTest.count(chart, "<a ")).isEqualTo(2);
  }

  @Test
  void more_than_three_years_are_drawn_by_year() {
    SearchResponse response =
        response(
            hit("doc-1-p2", "x"),
            Map.of(
                "month",
                List.of(
                    new FacetValue("2019-05", 1),
                    new FacetValue("2022-12", 3),
                    new FacetValue("2022-01", 2))));
    String html = SearchPage.render(query("q", "nato"), response, null, null);
    String chart = between(html, "<figure id=\"trend\" class=\"trend\">", "</figure>");
    assertThat(chart)
        .contains("Hits per year")
        .contains("aria-label=\"2022: 5 hits\"")
        .contains("aria-label=\"2019: 1 hit\"")
        .contains("data-from=\"2022-01-01\" data-to=\"2022-12-31\"");
    assertThat(PageRoutesHttpTest.count(chart, "<a ")).isEqualTo(2);
  }

  @Test
  void an_original_source_is_linked_only_when_it_is_http() {
    Hit.DocRef doc =
        new Hit.DocRef(
            "doc-1",
            "Title",
            "2022-01-07",
            "exact",
            "a.txt",
            "javascript:alert(1)",
            "Test Organisation",
            null,
            null,
            null);
    String html =
        SearchPage.render(query("q", "x"), response(hit("doc-1-p2", "x", doc, 2)), null, null);
    assertThat(html).contains("<span class=\"org\">Test Organisation</span>");
    assertThat(html).doesNotContain("javascript:").doesNotContain(">Original</a>");
  }

  @Test
  void hits_are_real_links_and_filters_are_a_plain_get_form() {
    String html =
        SearchPage.render(
            query("q", "dual-track approach", "speaker", "Jens Stoltenberg"),
            response(hit("2022-01-07-press-p12", "the <mark>dual-track</mark> approach")),
            null,
            null);
    assertThat(html)
        .contains("<form id=\"search\" class=\"search\" method=\"get\" action=\"/\">")
        .contains("<div class=\"query\" role=\"search\">")
        .contains("href=\"/p/2022-01-07-press-p12\"")
        .contains("value=\"dual-track approach\"")
        .contains("name=\"speaker\" value=\"Jens Stoltenberg\" checked=\"\"")
        .contains("1 result for “dual-track approach”")
        .contains(
            "href=\"/api/export?q=dual-track%20approach&amp;speaker=Jens%20Stoltenberg&amp;format=csv\"")
        .contains("data-from=\"2022-01-01\" data-to=\"2022-12-31\"")
        .contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\""
                + " href=\"/feed.atom?q=dual-track%20approach&amp;speaker=Jens%20Stoltenberg\">")
        .contains(
            "href=\"/feed.atom?q=dual-track%20approach&amp;speaker=Jens%20Stoltenberg\""
                + " type=\"application/atom+xml\" data-feed=\"\">Subscribe (Atom feed)</a>");
  }

  @Test
  void the_page_state_round_trips_through_its_url_parameters() {
    PageQuery state =
        PageQuery.parse(
            Map.of(
                "q", List.of(" nuclear "),
                "topic", List.of("arms control", "arms control", ""),
                "sort", List.of("-date"),
                "from", List.of("2021-01-01"),
                "page", List.of("2")));
    assertThat(state.error()).isNull();
    assertThat(state.sort()).isEqualTo(SortOrder.DATE_DESC);
    assertThat(state.params().toString())
        .isEqualTo("q=nuclear&topic=arms%20control&from=2021-01-01&sort=-date&page=2");
  }

  @Test
  void bad_parameters_become_the_api_message_not_an_exception() {
    PageQuery state = PageQuery.parse(Map.of("q", List.of("nato"), "from", List.of("yesterday")));
    assertThat(state.error())
        .isEqualTo("This search cannot be run: from must be an ISO date like 2022-01-07.");
    String html = SearchPage.render(state, null, state.error(), null);
    assertThat(html)
        .contains("class=\"error\"")
        .contains("from must be an ISO date like 2022-01-07")
        .contains("value=\"nato\"");
    assertThat(PageQuery.parse(Map.of("sort", List.of("random"))).error())
        .isEqualTo(
            "This search cannot be run: sort must be one of: relevance, date, -date, -indexed.");
  }

  @Test
  void the_page_reaches_as_deep_as_the_result_window_and_no_deeper() {
    int last = SearchParams.MAX_WINDOW / SearchParams.PAGE_SIZE;
    assertThat(PageQuery.parse(Map.of("q", List.of("nato"), "page", List.of("" + last))).error())
        .isNull();
    assertThat(
            PageQuery.parse(Map.of("q", List.of("nato"), "page", List.of("" + (last + 1)))).error())
        .contains("page * size must be at most " + SearchParams.MAX_WINDOW);
  }

  @Test
  void names_the_page_does_not_take_are_ignored_and_left_out_of_its_links() {
    PageQuery state =
        PageQuery.parse(
            Map.of(
                "q", List.of("nato"),
                "utm_source", List.of("newsletter"),
                "size", List.of("100"),
                "explain", List.of("true")));
    assertThat(state.error()).isNull();
    assertThat(state.request().size()).isEqualTo(SearchParams.PAGE_SIZE);
    assertThat(state.request().explain()).isFalse();
    assertThat(state.params().toString()).isEqualTo("q=nato");
    assertThat(PageQuery.parse(Map.of("sort", List.of("date"))).isSearch()).isFalse();
    assertThat(PageQuery.parse(Map.of("role", List.of("Official"))).params().toString())
        .isEqualTo("role=official");
  }

  @Test
  void the_permalink_page_marks_its_paragraph_and_links_only_http_sources() {
    Hit.DocRef doc =
        new Hit.DocRef(
            "doc-1",
            "Press <b>conference</b>",
            "2022-01-07",
            "exact",
            "a.txt",
            "javascript:alert(1)",
            "Test <i>Organisation</i>",
            null,
            null,
            "© Test <script>Publisher</script>");
    Hit first = hit("doc-1-p1", "Good afternoon.", doc, 1);
    Hit second = hit("doc-1-p2", EVIL, doc, 2);
    String html = PermalinkPage.render(new DocumentView(doc, List.of(first, second)), "doc-1-p2");
    assertThat(html)
        .contains("<li id=\"para-2\" class=\"para current\" aria-current=\"true\" tabindex=\"-1\"")
        .contains("<h1>Press &lt;b&gt;conference&lt;/b&gt;</h1>")
        .contains("href=\"#para-2\"")
        .contains("<span class=\"org\">Test &lt;i&gt;Organisation&lt;/i&gt;</span>")
        .contains("© Test &lt;script&gt;Publisher&lt;/script&gt;")
        .doesNotContain("javascript:")
        .doesNotContain("<img");
    assertThat(html.indexOf("aria-current")).isEqualTo(html.lastIndexOf("aria-current"));
  }

  // ---- fixtures

  static PageQuery query(String... pairs) {
    Map<String, List<String>> params = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return PageQuery.parse(params);
  }

  static Hit hit(String id, String highlight) {
    return hit(
        id,
        highlight,
        new Hit.DocRef(
            "doc-1",
            EVIL,
            "2022-01-07",
            "exact",
            "a.txt",
            "https://example.org/a",
            null,
            null,
            null,
            null),
        2);
  }

  static Hit hit(String id, String highlight, Hit.DocRef doc, int paragraph) {
    return new Hit(
        id,
        1f,
        EVIL,
        highlight,
        EVIL,
        EVIL,
        "official",
        null,
        "2022-01-07",
        "2024-05-01T12:00:00Z",
        List.of("arms control"),
        paragraph,
        doc,
        new Hit.QuestionRef(EVIL, "AFP", EVIL),
        new Hit.AnswerRef(EVIL, EVIL, id + "-answer"),
        "/p/" + id,
        EVIL,
        List.of("arms"),
        true,
        null);
  }

  static SearchResponse response(Hit hit) {
    return response(
        hit,
        Map.of(
            "speaker", List.of(new FacetValue("Jens Stoltenberg", 1)),
            "year", List.of(new FacetValue("2022", 1)),
            "month", List.of(new FacetValue("2022-01", 1))));
  }

  static SearchResponse response(Hit hit, Map<String, List<FacetValue>> facets) {
    return new SearchResponse("q", 1, "eq", 1, 1, 10, List.of(hit), facets, 1L, null);
  }

  static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("%s in page", start).isNotNegative();
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  static Set<String> tagNames(String html) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)").matcher(html);
    while (m.find()) {
      names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return names;
  }
}

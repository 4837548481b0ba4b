package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
  void the_embedded_results_cannot_close_their_script_element() {
    Hit hit = hit("doc-1-p2", "</script><script>window.parleyPwned=1</script>");
    String html = SearchPage.render(query("q", "x"), response(hit), null, null);
    String block =
        between(html, "<script type=\"application/json\" id=\"initial-results\">", "</script>");
    assertThat(block).doesNotContain("<").doesNotContain(">").contains("\\u003c/script\\u003e");
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
        .contains(
            "<form id=\"search\" class=\"search\" role=\"search\" method=\"get\" action=\"/\">")
        .contains("href=\"/p/2022-01-07-press-p12\"")
        .contains("value=\"dual-track approach\"")
        .contains("name=\"speaker\" value=\"Jens Stoltenberg\" checked=\"\"")
        .contains("1 result for “dual-track approach”")
        .contains(
            "href=\"/api/export?q=dual-track%20approach&amp;speaker=Jens%20Stoltenberg&amp;format=csv\"")
        .contains("data-from=\"2022-01-01\" data-to=\"2022-12-31\"");
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
    assertThat(state.toParams().toString())
        .isEqualTo("q=nuclear&topic=arms%20control&from=2021-01-01&sort=-date&page=2");
  }

  @Test
  void bad_parameters_become_a_message_not_an_exception() {
    PageQuery state =
        PageQuery.parse(Map.of("from", List.of("yesterday"), "sort", List.of("random")));
    assertThat(state.error()).contains("2022-01-31").contains("Sort must be");
    String html = SearchPage.render(state, null, state.error(), null);
    assertThat(html).contains("class=\"error\"").contains("Dates must look like 2022-01-31.");
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
    return new SearchResponse(
        "q",
        1,
        "eq",
        1,
        1,
        10,
        List.of(hit),
        Map.of(
            "speaker", List.of(new FacetValue("Jens Stoltenberg", 1)),
            "year", List.of(new FacetValue("2022", 1)),
            "month", List.of(new FacetValue("2022-01", 1))),
        1L,
        null);
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

package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.http.page.SecurityHeaders;

/** The pages as a browser without JavaScript gets them, and the headers that protect them. */
@ExtendWith(SharedWeb.Extension.class)
class PageRoutesHttpTest {
  /** Stoltenberg's opening statement in the real NATO transcript: "our dual-track approach". */
  static final String DUAL_TRACK_P8 =
      "nato-2022-01-07-press-conference-extraordinary-foreign-ministers-p8";

  private static ParleyServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start(SharedWeb web) {
    server = web.parley();
  }

  @Test
  void the_search_page_is_served_with_a_strict_csp_and_nosniff() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Content-Type")).matches("(?i)text/html; ?charset=utf-8");
    assertThat(header(page, "Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
    assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.body()).contains("<form id=\"search\"").doesNotContain("style=");
    assertThat(Pattern.compile("<script>|<script [^>]*>[^<]").matcher(page.body()).find())
        .as("no inline script")
        .isFalse();
  }

  @Test
  void a_query_in_the_url_returns_server_rendered_highlighted_links() throws Exception {
    HttpResponse<String> page = get("/?q=" + encode("dual-track approach"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(count(page.body(), "<li class=\"hit\"")).isEqualTo(3);
    assertThat(count(page.body(), "<mark>dual-track approach</mark>")).isEqualTo(3);
    assertThat(page.body())
        .contains("3 results for “dual-track approach”")
        .contains("href=\"/p/" + DUAL_TRACK_P8 + "\"")
        .contains("In answer to Greg Palkot, FOX News")
        .contains("In answer to Elin Sørsdahl, TV2 Norway");
  }

  @Test
  void a_hostile_paragraph_is_rendered_as_text() throws Exception {
    HttpResponse<String> page = get("/?q=" + WebCorpus.HOSTILE_WORD);
    assertThat(count(page.body(), "<li class=\"hit\"")).isEqualTo(1);
    assertThat(page.body())
        .contains("&lt;img src=x onerror=&quot;window.parleyPwned=1&quot;&gt;")
        .doesNotContain("<img")
        .doesNotContain("<script>window")
        .doesNotContain("<i>with</i>");
  }

  @Test
  void bad_parameters_get_a_400_page_that_says_what_to_fix() throws Exception {
    HttpResponse<String> page = get("/?q=nato&from=yesterday");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(header(page, "Content-Type")).matches("(?i)text/html; ?charset=utf-8");
    // The page reads its parameters through the API's declarations: the same words.
    HttpResponse<String> api = get("/api/search?q=nato&from=yesterday");
    assertThat(api.statusCode()).isEqualTo(400);
    String message = "from must be an ISO date like 2022-01-07";
    assertThat(api.body()).contains("\"message\":\"" + message + "\"");
    assertThat(page.body()).contains("This search cannot be run: " + message + ".");
    HttpResponse<String> tooDeep = get("/?q=nato&page=1001");
    assertThat(tooDeep.statusCode()).isEqualTo(400);
    assertThat(tooDeep.body()).contains("page * size must be at most 10000");
    assertThat(get("/?q=nato&page=1000").statusCode()).isEqualTo(200);
    HttpResponse<String> wildcard = get("/?q=" + encode("*ussia"));
    assertThat(wildcard.statusCode()).isEqualTo(400);
    assertThat(wildcard.body()).contains("This query cannot be searched");
  }

  @Test
  void parameters_the_page_does_not_take_are_ignored() throws Exception {
    HttpResponse<String> page = get("/?q=" + encode("dual-track approach") + "&utm_source=mail");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(count(page.body(), "<li class=\"hit\"")).isEqualTo(3);
    assertThat(page.body()).doesNotContain("utm_source");
  }

  @Test
  void the_trend_chart_and_the_pager_come_with_the_page() throws Exception {
    HttpResponse<String> page = get("/?q=Ukraine");
    assertThat(page.body())
        .contains("<figure id=\"trend\" class=\"trend\"><figcaption>Hits per month")
        .contains("aria-label=\"February 2022: ")
        .contains("href=\"/?q=Ukraine&amp;from=2022-02-01&amp;to=2022-02-28\"")
        .contains("<a rel=\"next\" href=\"/?q=Ukraine&amp;page=2\">Next page</a>");
  }

  @Test
  void the_permalink_page_marks_its_paragraph_and_unknown_ids_are_404() throws Exception {
    HttpResponse<String> page = get("/p/" + DUAL_TRACK_P8);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(count(page.body(), "aria-current=\"true\"")).isEqualTo(1);
    assertThat(page.body())
        .contains("<li id=\"para-8\" class=\"para current\" aria-current=\"true\"")
        .contains("Cite as:");
    assertThat(get("/p/no-such-paragraph").statusCode()).isEqualTo(404);
  }

  @Test
  void static_files_have_their_content_types_and_an_etag() throws Exception {
    HttpResponse<String> js = get("/static/app.js");
    assertThat(header(js, "Content-Type")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(header(js, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(get("/static/app.css"), "Content-Type")).isEqualTo("text/css; charset=utf-8");
    HttpResponse<String> embed = get("/embed.js");
    assertThat(header(embed, "Content-Type")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(header(embed, "Cross-Origin-Resource-Policy")).isEqualTo("cross-origin");
    HttpResponse<String> again =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(server.origin() + "/embed.js"))
                .header("If-None-Match", header(embed, "ETag"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.origin() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

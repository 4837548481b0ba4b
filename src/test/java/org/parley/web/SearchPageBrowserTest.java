package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The search page and the permalink page in a real browser against a real Parley server. */
@ExtendWith(SharedWeb.Extension.class)
@Tag("integration")
class SearchPageBrowserTest {
  private static ParleyServer parley;
  private static Browser browser;

  @BeforeAll
  static void start(SharedWeb web) throws IOException {
    Browser.assumeAvailable();
    parley = web.parley();
    browser = web.browser();
    browser.consoleErrors();
  }

  @AfterEach
  void the_console_stays_clean() {
    browser.assertCleanConsole();
    browser.resize(1280, 900);
  }

  @Test
  void the_page_loads_with_its_form_and_no_console_errors() {
    browser.open(parley.origin() + "/");
    assertThat(browser.driver.getTitle()).isEqualTo("Parley search");
    assertThat(browser.find("#q").getAttribute("role")).isEqualTo("combobox");
    assertThat(browser.find("#intro").isDisplayed()).isTrue();
    assertThat(browser.find("button.apply").isDisplayed()).as("hidden once scripted").isFalse();
  }

  @Test
  void typing_dual_track_approach_shows_the_three_highlighted_hits() throws IOException {
    search("dual-track approach");
    List<WebElement> hits = waitForHits(3);
    for (WebElement hit : hits) {
      assertThat(hit.findElement(By.cssSelector(".passage mark")).getText())
          .isEqualToIgnoringCase("dual-track approach");
      assertThat(hit.findElement(By.cssSelector(".speaker")).getText())
          .isEqualTo("Jens Stoltenberg");
      assertThat(hit.findElement(By.cssSelector("time")).getText()).isEqualTo("7 January 2022");
      assertThat(hit.findElement(By.cssSelector(".doc a")).getText()).isEqualTo("Press conference");
    }
    assertThat(hits.get(1).findElement(By.cssSelector(".question")).getText())
        .startsWith("In answer to Greg Palkot, FOX News:");
    assertThat(hits.get(1).findElement(By.cssSelector(".label")).getText())
        .isEqualTo("(NATO Secretary General)");
    assertThat(browser.find("#status").getText()).isEqualTo("3 results for “dual-track approach”");
    assertThat(param("q")).containsExactly("dual-track approach");
    assertThat(browser.find("#tools a[data-format=csv]").getAttribute("href"))
        .endsWith("/api/export?q=dual-track%20approach&format=csv");
    assertThat(browser.driver.getCurrentUrl())
        .as("empty fields stay out of the URL")
        .isEqualTo(parley.origin() + "/?q=dual-track+approach");
    browser.screenshot("search-page");
  }

  @Test
  void a_facet_chosen_with_the_keyboard_narrows_the_hits_and_keeps_focus() {
    search("Ukraine");
    int before = waitForSomeHits().size();
    facetCheckbox("speaker", WebCorpus.MINISTER).sendKeys(Keys.SPACE);
    browser.waitFor(d -> param("speaker").equals(List.of(WebCorpus.MINISTER)) ? true : null);
    assertThat(speakers())
        .isNotEmpty()
        .hasSizeLessThan(before)
        .allMatch(WebCorpus.MINISTER::equals);
    WebElement minister = facetCheckbox("speaker", WebCorpus.MINISTER);
    assertThat(minister.isSelected()).isTrue();
    browser.waitFor(d -> minister.equals(d.switchTo().activeElement()) ? true : null);

    minister.sendKeys(Keys.SPACE);
    browser.waitFor(d -> param("speaker").isEmpty() && param("q").size() == 1 ? true : null);
    assertThat(hitIds()).hasSize(before);
  }

  @Test
  void the_date_range_narrows_and_the_sort_orders_by_date() {
    search("Ukraine");
    waitForSomeHits();
    setDate("from", "2023-01-01");
    browser.waitFor(
        d -> dates().stream().allMatch(x -> x.compareTo("2023-01-01") >= 0) ? true : null);
    assertThat(param("from")).containsExactly("2023-01-01");
    setDate("from", "");
    browser.waitFor(d -> dates().stream().anyMatch(x -> x.startsWith("2022")) ? true : null);

    new Select(browser.find("#sort")).selectByValue("-date");
    browser.waitFor(d -> param("sort").equals(List.of("-date")) ? true : null);
    browser.waitFor(
        d ->
            dates().equals(dates().stream().sorted((a, b) -> b.compareTo(a)).toList())
                ? true
                : null);
    assertThat(dates().get(0)).isEqualTo("2024-11-05");
    new Select(browser.find("#sort")).selectByValue("date");
    browser.waitFor(d -> dates().equals(dates().stream().sorted().toList()) ? true : null);
    assertThat(dates().get(0)).isEqualTo("2022-01-07");
  }

  @Test
  void the_url_reproduces_the_search_and_back_and_forward_restore_it() {
    browser.open(
        parley.origin()
            + "/?q=Ukraine&speaker="
            + WebCorpus.MINISTER.replace(' ', '+')
            + "&sort=-date");
    waitForSomeHits();
    List<String> shared = hitIds();
    assertThat(speakers()).allMatch(WebCorpus.MINISTER::equals);
    assertThat(facetCheckbox("speaker", WebCorpus.MINISTER).isSelected()).isTrue();
    assertThat(new Select(browser.find("#sort")).getFirstSelectedOption().getText())
        .isEqualTo("Newest first");

    WebElement q = browser.find("#q");
    q.clear();
    q.sendKeys("Kazakhstan");
    facetCheckbox("speaker", WebCorpus.MINISTER).click();
    browser.waitFor(d -> param("q").equals(List.of("Kazakhstan")) ? true : null);
    browser.waitFor(
        d -> param("q").equals(List.of("Kazakhstan")) && !hitIds().equals(shared) ? true : null);
    browser.driver.navigate().back();
    browser.waitFor(d -> hitIds().equals(shared) ? true : null);
    // The form shows what the results are for, not what was typed before leaving.
    browser.waitFor(
        d -> "Ukraine".equals(browser.find("#q").getDomProperty("value")) ? true : null);
    assertThat(facetCheckbox("speaker", WebCorpus.MINISTER).isSelected()).isTrue();
    browser.driver.navigate().forward();
    browser.waitFor(
        d -> "Kazakhstan".equals(browser.find("#q").getDomProperty("value")) ? true : null);
    browser.waitFor(d -> !hitIds().equals(shared) ? true : null);
  }

  @Test
  void in_context_shows_the_hit_between_its_neighbours_with_a_link_to_the_transcript()
      throws IOException {
    search("dual-track approach");
    WebElement first = waitForHits(3).get(0);
    String id = first.getAttribute("data-id");
    WebElement link = first.findElement(By.cssSelector("a.in-context"));
    link.sendKeys(Keys.ENTER);
    WebElement dialog =
        browser.waitFor(
            d -> {
              WebElement dlg = browser.find("dialog#context");
              return dlg.getDomProperty("open").equals("true")
                      && !dlg.findElements(By.cssSelector(".para.current")).isEmpty()
                  ? dlg
                  : null;
            });
    WebElement current = dialog.findElement(By.cssSelector(".para.current"));
    assertThat(current.getAttribute("aria-current")).isEqualTo("true");
    assertThat(current.getText()).contains("dual-track approach");
    List<WebElement> paras = dialog.findElements(By.cssSelector(".para"));
    assertThat(paras.indexOf(current)).isPositive().isLessThan(paras.size() - 1);
    assertThat(dialog.findElement(By.cssSelector("a.whole")).getAttribute("href"))
        .isEqualTo(parley.origin() + "/p/" + id);
    assertThat(dialog.findElement(By.cssSelector("#context-title")).getText())
        .isEqualTo("Press conference");
    assertThat(dialog.findElement(By.cssSelector(".context-date time")).getText())
        .isEqualTo("7 January 2022");
    assertThat(dialog.findElement(By.cssSelector("button.copy")).getAttribute("data-citation"))
        .isEqualTo(first.findElement(By.cssSelector("button.copy")).getAttribute("data-citation"))
        .endsWith("para. 8");
    browser.screenshot("search-page-in-context");
    current.sendKeys(Keys.ESCAPE);
    browser.waitFor(
        d -> browser.find("dialog#context").getDomProperty("open").equals("false") ? true : null);
    assertThat(browser.driver.switchTo().activeElement())
        .as("focus back on the link")
        .isEqualTo(link);
  }

  @Test
  void the_permalink_page_opens_scrolled_to_and_marking_its_paragraph() throws IOException {
    String id = PageRoutesHttpTest.DUAL_TRACK_P8.replace("-p8", "-p68");
    browser.open(parley.origin() + "/p/" + id);
    WebElement current = browser.find(".para.current");
    assertThat(current.getAttribute("data-id")).isEqualTo(id);
    assertThat(current.getAttribute("aria-current")).isEqualTo("true");
    assertThat(current.getText()).contains("dual-track approach");
    assertThat(browser.findAll("[aria-current=true]")).hasSize(1);
    browser.waitFor(
        d ->
            (Boolean)
                browser.js(
                    "const r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= innerHeight && document.activeElement === arguments[0];",
                    current));
    assertThat((Long) browser.js("return scrollY;")).isPositive();
    browser.screenshot("permalink-page");
  }

  @Test
  void a_trend_bar_click_filters_to_its_month() {
    search("Ukraine");
    waitForSomeHits();
    List<WebElement> bars =
        browser.waitFor(
            d -> {
              List<WebElement> found = browser.findAll("#trend svg a.bar");
              return found.size() > 1 ? found : null;
            });
    assertThat(browser.find("#trend figcaption").getText()).isEqualTo("Hits per month");
    WebElement february =
        bars.stream()
            .filter(b -> "2022-02-01".equals(b.getAttribute("data-from")))
            .findFirst()
            .orElseThrow();
    assertThat(february.getAttribute("aria-label")).startsWith("February 2022: ");
    february.click();
    browser.waitFor(d -> param("to").equals(List.of("2022-02-28")) ? true : null);
    assertThat(param("from")).containsExactly("2022-02-01");
    browser.waitFor(d -> dates().stream().allMatch(x -> x.startsWith("2022-02")) ? true : null);
    assertThat(browser.find("#from").getDomProperty("value")).isEqualTo("2022-02-01");
  }

  @Test
  void copy_citation_puts_the_citation_on_the_clipboard() {
    search("dual-track approach");
    waitForHits(3);
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin", parley.origin(),
            "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    WebElement button = browser.find("#hits .hit button.copy");
    String citation = button.getAttribute("data-citation");
    assertThat(citation)
        .isEqualTo(
            "Jens Stoltenberg, Press conference following the extraordinary meeting of NATO"
                + " Ministers of Foreign Affairs, NATO, 7 January 2022, para. 8");
    button.click();
    browser.waitFor(d -> "Copied".equals(button.getText()) ? true : null);
    Object copied =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, (e) => done('failed: ' + e));");
    assertThat(copied).isEqualTo(citation);
    assertThat(browser.find("#notice").getAttribute("textContent"))
        .isEqualTo("Citation copied to the clipboard.");
  }

  @Test
  void the_next_page_link_loads_the_following_hits() {
    search("NATO");
    waitForHits(10);
    List<String> firstIds = hitIds();
    browser.find("#pager a[rel=next]").click();
    browser.waitFor(d -> param("page").equals(List.of("2")) ? true : null);
    List<String> secondIds =
        waitForSomeHits().stream().map(h -> h.getAttribute("data-id")).toList();
    assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    assertThat(browser.driver.getTitle()).isEqualTo("NATO – page 2 – Parley search");
    browser.find("#pager a[rel=prev]").click();
    browser.waitFor(d -> param("page").isEmpty() ? true : null);
    assertThat(hitIds()).isEqualTo(firstIds);
  }

  @Test
  void suggestions_follow_the_combobox_keys_and_enter_searches_the_chosen_one() {
    browser.open(parley.origin() + "/");
    WebElement q = browser.find("#q");
    q.sendKeys("Jens");
    WebElement list = browser.find("#q-suggestions");
    browser.waitFor(
        d ->
            list.isDisplayed() && !list.findElements(By.cssSelector("[role=option]")).isEmpty()
                ? true
                : null);
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(q.getAttribute("aria-activedescendant")).isNull();
    q.sendKeys(Keys.ARROW_DOWN);
    WebElement active = browser.find("#" + q.getAttribute("aria-activedescendant"));
    assertThat(active.getAttribute("aria-selected")).isEqualTo("true");
    String chosen = active.getAttribute("data-value");
    q.sendKeys(Keys.ENTER);
    browser.waitFor(d -> param("q").equals(List.of(chosen)) ? true : null);
    assertThat(browser.find("#q").getDomProperty("value")).isEqualTo(chosen);
    assertThat(browser.find("#q-suggestions").isDisplayed()).isFalse();
    waitForSomeHits();
  }

  @Test
  void escape_closes_the_suggestions_and_enter_then_searches_the_typed_text() {
    browser.open(parley.origin() + "/");
    WebElement q = browser.find("#q");
    q.sendKeys("Jens");
    WebElement list = browser.find("#q-suggestions");
    browser.waitFor(d -> list.isDisplayed() ? true : null);
    q.sendKeys(Keys.ARROW_DOWN, Keys.ESCAPE);
    assertThat(list.isDisplayed()).isFalse();
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(q.getAttribute("aria-activedescendant")).isNull();
    q.sendKeys(Keys.ENTER);
    browser.waitFor(d -> param("q").equals(List.of("Jens")) ? true : null);
  }

  @Test
  void a_hostile_paragraph_is_shown_as_text_and_runs_no_script() {
    search(WebCorpus.HOSTILE_WORD);
    WebElement hit = waitForHits(1).get(0);
    assertThat(hit.findElement(By.cssSelector(".passage")).getText())
        .contains("<img src=x onerror=\"window.parleyPwned=1\">")
        .contains("<script>window.parleyPwned=2</script>");
    assertThat(hit.findElement(By.cssSelector(".doc a")).getText())
        .isEqualTo("Joint press conference <i>with</i> partners");
    hit.findElement(By.cssSelector("a.in-context")).click();
    browser.waitFor(d -> browser.findAll("dialog#context .para.current").isEmpty() ? null : true);
    assertThat(browser.find("dialog#context .para.current").getText()).contains("<img src=x");
    assertNoInjection();
    browser.find("dialog#context button.close").click();

    browser.open(
        parley.origin() + hit.findElement(By.cssSelector(".doc a")).getDomAttribute("href"));
    assertThat(browser.find(".para.current").getText())
        .contains("<script>window.parleyPwned=2</script>");
    assertThat(browser.find("h1").getText())
        .isEqualTo("Joint press conference <i>with</i> partners");
    assertNoInjection();
  }

  @Test
  void the_page_is_readable_on_a_phone() throws IOException {
    browser.resize(390, 844);
    search("dual-track approach");
    waitForHits(3);
    Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - innerWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    assertThat(browser.find("#q").getRect().getWidth()).isGreaterThan(200);
    browser.screenshot("search-page-phone");
  }

  @Test
  void a_refused_query_shows_the_api_message_instead_of_results() {
    search("*ussia");
    browser.waitFor(d -> param("q").equals(List.of("*ussia")) ? true : null);
    assertThat(browser.find("#status").getAttribute("class")).contains("error");
    assertThat(browser.find("#status").getText()).contains("wildcard");
    assertThat(browser.findAll("#hits > li")).isEmpty();
    assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("*ussia");
    // The browser may log the page's own 400; nothing else may be in the console.
    assertThat(browser.consoleErrors()).allMatch(m -> m.contains("status of 400"));
  }

  @Test
  void the_console_check_does_see_a_csp_violation() {
    browser.open(parley.origin() + "/");
    browser.js("document.body.setAttribute('style', 'color: red');");
    browser.waitFor(
        d ->
            (Long) browser.js("return document.readyState === 'complete' ? 1 : 0;") == 1
                ? true
                : null);
    assertThat(browser.consoleErrors()).anyMatch(m -> m.contains("Content Security Policy"));
  }

  // ---- helpers

  private void search(String query) {
    browser.open(parley.origin() + "/");
    WebElement q = browser.find("#q");
    q.sendKeys(query, Keys.ENTER);
  }

  private List<WebElement> waitForHits(int n) {
    return browser.waitForCount(browser.driver, "#hits > li.hit", n);
  }

  private List<WebElement> waitForSomeHits() {
    return browser.waitFor(
        d -> {
          List<WebElement> hits = browser.findAll("#hits > li.hit");
          // The page loads whole (the server renders results), so hits present means loaded.
          return hits.isEmpty() ? null : hits;
        });
  }

  private List<String> speakers() {
    return texts("#hits > li.hit .speaker", null);
  }

  private List<String> dates() {
    return texts("#hits > li.hit time", "datetime");
  }

  private List<String> hitIds() {
    return texts("#hits > li.hit", "data-id");
  }

  /** Reads all matches in one script call, so a re-render in between cannot make them stale. */
  @SuppressWarnings("unchecked")
  private List<String> texts(String css, String attribute) {
    return (List<String>)
        browser.js(
            "return Array.from(document.querySelectorAll(arguments[0]),"
                + " (e) => arguments[1] ? e.getAttribute(arguments[1]) : e.textContent);",
            css,
            attribute);
  }

  private WebElement facetCheckbox(String facet, String value) {
    return browser.waitFor(
        d ->
            browser.findAll("fieldset[data-facet=" + facet + "] input").stream()
                .filter(i -> value.equals(i.getAttribute("value")))
                .findFirst()
                .orElse(null));
  }

  /** Sets a date as the date picker would, then leaves the field, which applies it. */
  private void setDate(String id, String value) {
    browser.js(
        "const el = document.getElementById(arguments[0]); el.focus(); el.value = arguments[1];"
            + "el.dispatchEvent(new Event('change', {bubbles: true}));"
            // blur() fires nothing while the headless window lacks focus: the event it would.
            + "el.dispatchEvent(new FocusEvent('focusout', {bubbles: true}));",
        id,
        value);
  }

  /** Values of {@code name} in the page's current URL. */
  private List<String> param(String name) {
    String query = URI.create(browser.driver.getCurrentUrl()).getRawQuery();
    if (query == null) {
      return List.of();
    }
    return java.util.Arrays.stream(query.split("&"))
        .map(kv -> kv.split("=", 2))
        .filter(kv -> kv[0].equals(name))
        .map(kv -> URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8))
        .toList();
  }

  private void assertNoInjection() {
    assertThat(browser.js("return window.parleyPwned === undefined;")).isEqualTo(true);
    assertThat(browser.js("return document.querySelectorAll('img').length;")).isEqualTo(0L);
  }
}

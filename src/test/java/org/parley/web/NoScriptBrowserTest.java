package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * With scripts disabled, the search page is a plain GET form and its results are plain links; with
 * them enabled, the results are the very same markup (the script renders none).
 */
@ExtendWith(SharedWeb.Extension.class)
@Tag("integration")
class NoScriptBrowserTest {
  private static ParleyServer parley;
  private static Browser browser;
  private static Browser scripted;

  @BeforeAll
  static void start(SharedWeb web) throws IOException {
    Browser.assumeAvailable();
    parley = web.parley();
    browser = Browser.start(false);
    scripted = web.browser();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void the_console_stays_clean() {
    browser.assertCleanConsole();
  }

  @Test
  void the_form_searches_filters_pages_and_links_to_permalinks_without_javascript() {
    browser.open(parley.origin() + "/");
    assertThat(hits()).isEmpty();
    browser.find("#q").sendKeys("Ukraine");
    browser.find(".query button[type=submit]").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("q=Ukraine") ? true : null);
    int all = hits().size();
    assertThat(all).isEqualTo(10);
    assertThat(browser.find("#hits .passage mark").getText()).isEqualToIgnoringCase("Ukraine");

    WebElement next = browser.find("#pager a[rel=next]");
    next.click();
    browser.waitFor(d -> d.getCurrentUrl().contains("page=2") ? true : null);
    assertThat(hits()).isNotEmpty();
    assertThat(browser.find("#pager a[rel=prev]").isDisplayed()).isTrue();

    WebElement apply = browser.find("button.apply");
    assertThat(apply.isDisplayed()).isTrue();
    browser.findAll("fieldset[data-facet=speaker] input").stream()
        .filter(i -> WebCorpus.MINISTER.equals(i.getAttribute("value")))
        .findFirst()
        .orElseThrow()
        .click();
    browser.find("button.apply").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("speaker=Ada+Testington") ? true : null);
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("page=");
    List<WebElement> narrowed = hits();
    assertThat(narrowed).isNotEmpty();
    assertThat(narrowed)
        .allMatch(
            h -> h.findElement(By.cssSelector(".speaker")).getText().equals(WebCorpus.MINISTER));

    String id = narrowed.get(0).getAttribute("data-id");
    narrowed.get(0).findElement(By.cssSelector(".doc a")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/p/" + id) ? true : null);
    assertThat(browser.find(".para.current").getAttribute("data-id")).isEqualTo(id);
  }

  @Test
  void the_results_with_and_without_javascript_are_the_same_markup() {
    String url = parley.origin() + "/?q=Ukraine&role=official&sort=-date&page=2&from=2022-01-01";
    browser.open(url);
    scripted.open(url);
    scripted.waitFor(d -> d.findElements(By.cssSelector("#hits button.copy[hidden]")).isEmpty());
    assertThat(browser.findAll("#hits > li.hit")).isNotEmpty();
    assertThat(browser.findAll("#trend svg a.bar")).isNotEmpty();
    for (String part : List.of("#status", "#trend", "#hits", "#pager", "#facets", "#tools")) {
      assertThat(markup(scripted, part)).as(part).isEqualTo(markup(browser, part));
    }
    scripted.assertCleanConsole();
  }

  /**
   * The element's markup as the browser holds it, minus the one attribute the script changes: it
   * shows the copy buttons, which need it to work.
   */
  private static String markup(Browser in, String css) {
    String html = (String) in.js("return document.querySelector(arguments[0]).outerHTML;", css);
    return html.replaceAll("(<button [^>]*class=\"copy\"[^>]*) hidden=\"\"", "$1");
  }

  private List<WebElement> hits() {
    return browser.findAll("#hits > li.hit");
  }
}

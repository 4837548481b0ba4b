package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * axe-core's WCAG 2.1 A/AA and best-practice rules on every page Parley serves and on the box in
 * its shadow root, each in the state a user sees: empty, with results, with suggestions or the
 * dialog open. Zero violations is the bar; the failure lists each one with its nodes.
 */
@ExtendWith(SharedWeb.Extension.class)
@Tag("integration")
class AccessibilityBrowserTest {
  private static EmbeddingSite site;
  private static ParleyServer parley;
  private static Browser browser;

  @BeforeAll
  static void start(SharedWeb web) throws IOException {
    Browser.assumeAvailable();
    site = web.site();
    parley = web.parley();
    browser = web.browser();
    browser.consoleErrors();
  }

  @AfterEach
  void the_console_stays_clean() {
    browser.assertCleanConsole();
  }

  @Test
  void the_home_page_has_no_violations() {
    browser.open(parley.origin() + "/");
    browser.waitFor(d -> browser.find("#intro").isDisplayed() ? true : null);
    browser.assertNoAxeViolations("the home page");
  }

  @Test
  void the_results_page_with_facets_and_trend_chart_has_no_violations() {
    browser.open(parley.origin() + "/?q=Ukraine");
    browser.waitFor(d -> browser.findAll("#trend svg a.bar").size() > 1 ? true : null);
    browser.assertNoAxeViolations("the results page");
  }

  @Test
  void the_page_with_suggestions_open_has_no_violations() {
    browser.open(parley.origin() + "/");
    WebElement q = browser.find("#q");
    q.sendKeys("Jens");
    browser.waitFor(d -> browser.findAll("#q-suggestions [role=option]").isEmpty() ? null : true);
    q.sendKeys(Keys.ARROW_DOWN);
    browser.assertNoAxeViolations("the page with suggestions open");
  }

  @Test
  void the_in_context_dialog_has_no_violations() {
    browser.open(parley.origin() + "/?q=" + "dual-track+approach");
    browser.waitForCount(browser.driver, "#hits > li.hit", 3);
    browser.find("#hits a.in-context").sendKeys(Keys.ENTER);
    browser.waitFor(
        d -> browser.findAll("dialog#context[open] .para.current").isEmpty() ? null : true);
    browser.assertNoAxeViolations("the in-context dialog");
  }

  @Test
  void the_permalink_page_has_no_violations() {
    browser.open(parley.origin() + "/p/" + PageRoutesHttpTest.DUAL_TRACK_P8);
    browser.waitFor(d -> browser.find(".para.current").isDisplayed() ? true : null);
    browser.assertNoAxeViolations("the permalink page");
  }

  @Test
  void the_not_found_page_has_no_violations() {
    browser.open(parley.origin() + "/p/no-such-paragraph");
    browser.waitFor(d -> browser.findAll("h1").isEmpty() ? null : true);
    // The browser logs the page's own 404; nothing else may be in the console.
    assertThat(browser.consoleErrors()).allMatch(m -> m.contains("status of 404"));
    browser.assertNoAxeViolations("the not-found page");
  }

  @Test
  void the_embedded_box_with_results_open_has_no_violations() {
    openBoxAndSearch("/box");
    browser.assertNoAxeViolations("the embedded box with results");
  }

  @Test
  void the_dark_embedded_box_with_results_open_has_no_violations() {
    openBoxAndSearch("/box-dark");
    browser.assertNoAxeViolations("the dark embedded box with results");
  }

  @Test
  void the_check_does_see_a_violation_on_the_page_and_in_the_shadow_root() {
    browser.open(parley.origin() + "/");
    browser.js("document.querySelector('main').append(document.createElement('input'));");
    assertThatThrownBy(() -> browser.assertNoAxeViolations("a page with an unlabelled field"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("label (critical)");

    openBoxAndSearch("/box");
    browser.js(
        "document.querySelector('parley-search').shadowRoot.querySelector('form')"
            + ".append(document.createElement('input'));");
    assertThatThrownBy(() -> browser.assertNoAxeViolations("a box with an unlabelled field"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("label (critical)")
        .hasMessageContaining("parley-search");
  }

  private void openBoxAndSearch(String path) {
    browser.open(site.origin() + path);
    browser.waitFor(
        d ->
            browser.js("return !!customElements.get('parley-search');").equals(true) ? true : null);
    SearchContext box = browser.find("parley-search").getShadowRoot();
    WebElement input = box.findElement(By.cssSelector("input[role=combobox]"));
    input.sendKeys("dual-track approach");
    browser.waitForCount(box, "[role=option]", 3);
    input.sendKeys(Keys.ARROW_DOWN);
  }
}

package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code <parley-search>} on a stranger's site: another origin, a strict CSP, hostile CSS. One test
 * per row of the APG combobox key map and per ARIA attribute the box maintains.
 */
@ExtendWith(SharedWeb.Extension.class)
@Tag("integration")
class EmbedBoxBrowserTest {
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
  void no_csp_violation_or_console_error() {
    if (browser.driver.getCurrentUrl().startsWith(site.origin())) {
      assertThat(browser.js("return window.cspViolations.concat(window.pageErrors);"))
          .asList()
          .isEmpty();
    }
    browser.assertCleanConsole();
  }

  // ---- results, across origins, under the host's CSP

  @Test
  void the_box_on_another_origin_under_a_strict_csp_shows_highlighted_results() throws IOException {
    SearchContext box = openBox("/box");
    input(box).sendKeys("dual-track approach");
    List<WebElement> options = waitForOptions(box, 3);
    for (WebElement option : options) {
      assertThat(option.findElement(By.cssSelector("mark")).getText())
          .isEqualToIgnoringCase("dual-track approach");
      assertThat(option.findElement(By.cssSelector(".meta")).getText())
          .isEqualTo("Jens Stoltenberg · 7 Jan 2022 · NATO");
      assertThat(option.getAttribute("href")).startsWith(parley.origin() + "/p/nato-2022-01-07-");
    }
    assertThat(box.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"))
        .isEqualTo("3 results");
    assertThat(box.findElement(By.cssSelector("[part=more]")).getAttribute("href"))
        .isEqualTo(parley.origin() + "/?q=dual-track+approach");
    browser.screenshot("box-light");
  }

  @Test
  void combobox_aria_attributes_follow_the_state() {
    SearchContext box = openBox("/box");
    WebElement input = input(box);
    assertThat(input.getAttribute("role")).isEqualTo("combobox");
    assertThat(input.getAttribute("aria-autocomplete")).isEqualTo("list");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(input.getAttribute("autocomplete")).isEqualTo("off");
    WebElement listbox = box.findElement(By.cssSelector("#" + input.getAttribute("aria-controls")));
    assertThat(listbox.getAttribute("role")).isEqualTo("listbox");
    assertThat(listbox.getAttribute("aria-label")).isNotBlank();
    assertThat(
            box.findElement(By.cssSelector("label[for=" + input.getAttribute("id") + "]"))
                .getAttribute("textContent"))
        .isNotBlank();
    WebElement status = box.findElement(By.cssSelector("[role=status]"));
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(box.findElement(By.cssSelector("form")).getAttribute("role")).isEqualTo("search");

    input.sendKeys("dual-track approach");
    List<WebElement> options = waitForOptions(box, 3);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(input.getAttribute("aria-activedescendant"))
        .as("no option chosen for the user")
        .isNull();
    assertThat(options).allMatch(o -> "false".equals(o.getAttribute("aria-selected")));
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(selectedIds(box)).containsExactly(input.getAttribute("aria-activedescendant"));
    assertThat(browser.js("return document.activeElement.shadowRoot.activeElement.id;"))
        .as("focus stays on the input")
        .isEqualTo(input.getAttribute("id"));
  }

  // ---- the key map, one row per test

  @Test
  void down_arrow_moves_to_the_next_option_and_wraps_from_the_last_to_the_first() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(active(box)).isEqualTo("opt-0");
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(active(box)).isEqualTo("opt-1");
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(active(box)).isEqualTo("opt-2");
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(active(box)).isEqualTo("opt-0");
    assertThat(selectedIds(box)).containsExactly("opt-0");
  }

  @Test
  void up_arrow_moves_to_the_previous_option_and_wraps_from_the_first_to_the_last() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ARROW_UP);
    assertThat(active(box)).isEqualTo("opt-2");
    input.sendKeys(Keys.ARROW_UP);
    assertThat(active(box)).isEqualTo("opt-1");
    input.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
    assertThat(active(box)).isEqualTo("opt-2");
  }

  @Test
  void alt_down_opens_a_closed_list_without_choosing_an_option() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ESCAPE);
    assertThat(panel(box).isDisplayed()).isFalse();
    input.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
    assertThat(panel(box).isDisplayed()).isTrue();
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(active(box)).isNull();
  }

  @Test
  void enter_follows_the_active_option_to_its_parley_permalink() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    String href = box.findElement(By.cssSelector("a#opt-1[href]")).getAttribute("href");
    input.sendKeys(Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().equals(href) ? true : null);
    String id = href.substring(href.lastIndexOf('/') + 1);
    assertThat(browser.find(".para.current").getAttribute("data-id")).isEqualTo(id);
  }

  @Test
  void enter_without_an_active_option_submits_the_form_to_parley_with_the_preset_filter() {
    SearchContext box = openBox("/box-two");
    WebElement second = box(1);
    WebElement input = input(shadow(second));
    // "violence" is in two of the real transcript's Kazakhstan paragraphs.
    input.sendKeys("violence", Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().startsWith(parley.origin() + "/?") ? true : null);
    assertThat(browser.driver.getCurrentUrl())
        .isEqualTo(parley.origin() + "/?q=violence&topic=Kazakhstan");
    browser.waitFor(d -> browser.findAll("#hits > li.hit").isEmpty() ? null : true);
    assertThat(box).isNotNull();
  }

  @Test
  void escape_closes_an_open_list_and_keeps_the_text() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ARROW_DOWN, Keys.ESCAPE);
    assertThat(panel(box).isDisplayed()).isFalse();
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(input.getAttribute("aria-activedescendant")).isNull();
    assertThat(input.getDomProperty("value")).isEqualTo("dual-track approach");
  }

  @Test
  void escape_on_a_closed_list_clears_the_text() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ESCAPE, Keys.ESCAPE);
    assertThat(input.getDomProperty("value")).isEmpty();
    assertThat(box.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"))
        .isEmpty();
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(panel(box).isDisplayed()).as("nothing left to open").isFalse();
  }

  @Test
  void home_end_left_and_right_move_the_caret_and_leave_the_options() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    for (Keys key : List.of(Keys.HOME, Keys.END, Keys.ARROW_LEFT, Keys.ARROW_RIGHT)) {
      input.sendKeys(Keys.ARROW_DOWN);
      assertThat(active(box)).isNotNull();
      input.sendKeys(key);
      assertThat(active(box)).as(key.name()).isNull();
      assertThat(panel(box).isDisplayed()).isTrue();
    }
    input.sendKeys(Keys.HOME);
    assertThat(browser.js("return arguments[0].selectionStart;", input)).isEqualTo(0L);
  }

  @Test
  void tab_closes_the_list_and_moves_on_without_trapping_focus() {
    SearchContext box = searchInBox("dual-track approach", 3);
    WebElement input = input(box);
    input.sendKeys(Keys.ARROW_DOWN, Keys.TAB);
    assertThat(panel(box).isDisplayed()).isFalse();
    assertThat(browser.js("return document.activeElement.shadowRoot.activeElement.tagName;"))
        .isEqualTo("BUTTON");
  }

  @Test
  void a_pointer_down_outside_the_box_closes_the_list() {
    SearchContext box = searchInBox("dual-track approach", 3);
    new Actions(browser.driver).moveToElement(browser.find("h1")).click().perform();
    browser.waitFor(d -> panel(box).isDisplayed() ? null : true);
    assertThat(input(box).getAttribute("aria-expanded")).isEqualTo("false");
  }

  // ---- robustness on a stranger's page

  @Test
  void hostile_host_css_changes_nothing_in_the_box() throws IOException {
    String plain = measure("/box");
    String hostile = measure("/box-hostile");
    assertThat(hostile).isEqualTo(plain);
    assertThat(browser.find("#after").isDisplayed()).as("the hostile CSS is in force").isFalse();
    browser.screenshot("box-hostile-css");
  }

  @Test
  void a_hostile_paragraph_shows_as_text_and_runs_no_script() {
    SearchContext box = searchInBox(WebCorpus.HOSTILE_WORD, 1);
    WebElement option = box.findElement(By.cssSelector("[role=option]"));
    assertThat(option.getText()).contains("<img src=x onerror=\"window.parleyPwned=1\">");
    assertThat(box.findElements(By.cssSelector("img, script"))).isEmpty();
    assertThat(browser.js("return window.parleyPwned === undefined;")).isEqualTo(true);
  }

  @Test
  void a_slow_answer_to_an_older_query_never_replaces_a_newer_one() throws InterruptedException {
    SearchContext box = openBox("/box-relay");
    WebElement input = input(box);
    input.sendKeys(EmbeddingSite.SLOW_WORD);
    Thread.sleep(400); // the debounce has passed: the slow request is in flight
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Kazakhstan");
    browser.waitFor(d -> marks(box).contains("kazakhstan") ? true : null);
    Thread.sleep(EmbeddingSite.SLOW_MILLIS + 500);
    assertThat(marks(box)).allMatch("kazakhstan"::equals);
    assertThat(box.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"))
        .doesNotContain("Ukraine");
  }

  @Test
  void two_boxes_on_one_page_work_independently_with_their_own_presets() {
    openBox("/box-two");
    SearchContext one = shadow(box(0));
    SearchContext two = shadow(box(1));
    input(two).sendKeys("violence");
    List<WebElement> options =
        browser.waitFor(
            d -> {
              List<WebElement> found = two.findElements(By.cssSelector("[role=option]"));
              return found.isEmpty() ? null : found;
            });
    assertThat(options).hasSizeLessThanOrEqualTo(2);
    assertThat(panel(one).isDisplayed()).isFalse();
    assertThat(one.findElements(By.cssSelector("[role=option]"))).isEmpty();
    input(one).sendKeys("dual-track approach");
    waitForOptions(one, 3);
    assertThat(two.findElements(By.cssSelector("[role=option]"))).hasSize(options.size());
  }

  @Test
  void the_dark_theme_and_placeholder_attributes_apply() throws IOException {
    SearchContext box = openBox("/box-dark");
    WebElement input = input(box);
    assertThat(input.getAttribute("placeholder")).isEqualTo("Ask Parley");
    assertThat(input.getCssValue("background-color")).isEqualTo("rgba(22, 27, 34, 1)");
    input.sendKeys("dual-track approach");
    waitForOptions(box, 3);
    browser.screenshot("box-dark");
  }

  // ---- helpers

  private SearchContext openBox(String path) {
    browser.open(site.origin() + path);
    browser.waitFor(
        d ->
            browser.js("return !!customElements.get('parley-search');").equals(true) ? true : null);
    return shadow(box(0));
  }

  private SearchContext searchInBox(String query, int expected) {
    SearchContext box = openBox("/box");
    input(box).sendKeys(query);
    waitForOptions(box, expected);
    return box;
  }

  private WebElement box(int index) {
    return browser.findAll("parley-search").get(index);
  }

  private static SearchContext shadow(WebElement host) {
    return host.getShadowRoot();
  }

  private static WebElement input(SearchContext box) {
    return box.findElement(By.cssSelector("input[role=combobox]"));
  }

  private static WebElement panel(SearchContext box) {
    return box.findElement(By.cssSelector("[part=panel]"));
  }

  private List<WebElement> waitForOptions(SearchContext box, int n) {
    browser.waitFor(d -> panel(box).isDisplayed() ? true : null);
    return browser.waitForCount(box, "[role=option]", n);
  }

  private String active(SearchContext box) {
    return input(box).getAttribute("aria-activedescendant");
  }

  private static List<String> selectedIds(SearchContext box) {
    return box.findElements(By.cssSelector("[role=option][aria-selected=true]")).stream()
        .map(o -> o.getAttribute("id"))
        .toList();
  }

  private static List<String> marks(SearchContext box) {
    return box.findElements(By.cssSelector("mark")).stream()
        .map(m -> m.getAttribute("textContent").toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  /** Geometry and computed styles of the box with results open, as one comparable string. */
  private String measure(String path) {
    SearchContext box = openBox(path);
    input(box).sendKeys("dual-track approach");
    waitForOptions(box, 3);
    return (String)
        browser.js(
            """
            const host = document.querySelector('parley-search');
            const root = host.shadowRoot;
            const parts = [host, root.querySelector('input'), root.querySelector('button'),
              root.querySelector('[part=panel]'), root.querySelector('[role=option]'),
              root.querySelector('mark')];
            const hostBox = host.getBoundingClientRect();
            return parts.map((el) => {
              const s = getComputedStyle(el);
              const r = el.getBoundingClientRect();
              return [el.tagName, s.display, s.visibility, s.opacity, s.position, s.transform,
                s.fontSize, s.fontFamily, s.lineHeight, s.letterSpacing, s.textTransform, s.color,
                s.backgroundColor, s.borderTopWidth, s.paddingTop,
                Math.round(r.left - hostBox.left), Math.round(r.top - hostBox.top),
                Math.round(r.width), Math.round(r.height)].join(' ');
            }).join('\\n');
            """);
  }
}

package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, found on the PATH; never a downloaded
 * driver. Tests skip (not fail) where neither is installed or {@code parley.skipBrowserTests} is
 * set.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The axe-core rules the pages and the box are held to: WCAG 2.1 A and AA, and best practice. */
  static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
  }

  /** Skips the calling test class unless a browser can be started. */
  static void assumeAvailable() {
    assumeFalse(Boolean.getBoolean("parley.skipBrowserTests"), "parley.skipBrowserTests is set");
    if (onPath("chromedriver").isEmpty() || browserBinary().isEmpty()) {
      // A skip that nobody sees hides a whole layer of tests: say it loudly, with the fix.
      String why =
          "browser tests SKIPPED: chromium or chromedriver is not installed;"
              + " install them with 'apt-get install chromium chromium-driver'";
      System.err.println("\n*** " + why + " ***\n");
      assumeTrue(false, why);
    }
  }

  static Browser start() throws IOException {
    return start(true);
  }

  /** A browser with scripts enabled or, to test the pages' plain-HTML fallback, disabled. */
  static Browser start(boolean javascript) throws IOException {
    File chromedriver = onPath("chromedriver").orElseThrow().toFile();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    Path profile = Files.createTempDirectory("parley-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browserBinary().orElseThrow().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return new Browser(driver, service, profile);
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  <T> T waitFor(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .pollingEvery(Duration.ofMillis(100))
        .until(condition);
  }

  /** Waits until {@code css} (inside {@code root}) matches exactly {@code n} elements. */
  List<WebElement> waitForCount(SearchContext root, String css, int n) {
    return waitFor(
        d -> {
          List<WebElement> found = root.findElements(By.cssSelector(css));
          return found.size() == n ? found : null;
        });
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Writes a PNG of the viewport to {@code target/screenshots/NAME.png}. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** Console messages at error level since the last call (CSP violations are among them). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  void assertCleanConsole() {
    assertThat(consoleErrors()).as("console errors and CSP violations").isEmpty();
  }

  /**
   * Runs axe-core on the page as it is now (open shadow roots included) and fails listing each
   * violation: rule, impact, what to fix and the nodes, so the report alone says where to look.
   */
  void assertNoAxeViolations(String where) {
    Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
    assertThat(results.isErrored())
        .as("axe-core failed on %s: %s", where, results.getErrorMessage())
        .isFalse();
    List<String> violations = results.getViolations().stream().map(Browser::describe).toList();
    assertThat(violations).as("axe-core violations on %s", where).isEmpty();
    // A run that checked nothing would pass anything: the page must have been examined.
    assertThat(results.getPasses()).as("axe-core rules passed on %s", where).isNotEmpty();
  }

  private static String describe(Rule rule) {
    StringBuilder s =
        new StringBuilder()
            .append(rule.getId())
            .append(" (")
            .append(rule.getImpact())
            .append("): ")
            .append(rule.getHelp());
    for (CheckedNode node : rule.getNodes()) {
      s.append("\n    at ").append(node.getTarget()).append("  ").append(node.getHtml());
      if (node.getFailureSummary() != null) {
        s.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
      }
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          // Chromium may still be flushing its profile; a leftover temp file is harmless.
          p.toFile().delete();
        }
      }
    }
  }

  private static Optional<Path> browserBinary() {
    for (String name : List.of("chromium", "chromium-browser")) {
      Optional<Path> found = onPath(name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

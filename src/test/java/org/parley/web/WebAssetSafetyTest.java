package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page and the box never hand a string to an HTML or JS parser and never write inline styles (a
 * strict CSP would block them, and a server string there is an injection).
 */
class WebAssetSafetyTest {
  static final Path WEB = Path.of("src/main/resources/web");

  private static final List<String> FORBIDDEN =
      List.of(
          "innerHTML",
          "outerHTML",
          "insertAdjacentHTML",
          "DOMParser",
          "createContextualFragment",
          "document.write",
          "eval(",
          "new Function",
          "setTimeout('",
          "setTimeout(\"",
          ".cssText",
          ".style.",
          "setAttribute('style'",
          "setAttribute(\"style\"",
          "javascript:");

  @Test
  void no_web_asset_uses_an_html_parser_eval_or_inline_styles() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : webFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (String token : FORBIDDEN) {
        if (text.contains(token)) {
          found.add(WEB.relativize(file) + " contains " + token);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void the_page_and_the_box_are_among_the_scanned_files() throws IOException {
    assertThat(webFiles().stream().map(p -> WEB.relativize(p).toString()))
        .contains("app.js", "app.css", "embed.js");
  }

  @Test
  void the_box_reads_its_host_from_current_script_and_defines_itself_once() throws IOException {
    String embed = Files.readString(WEB.resolve("embed.js"), StandardCharsets.UTF_8);
    assertThat(embed)
        .contains("document.currentScript")
        .contains("customElements.get(NAME)")
        .contains("adoptedStyleSheets")
        .contains("attachShadow")
        .contains("AbortController");
  }

  /**
   * The page's script renders no results (the server does, see {@code NoScriptBrowserTest}): it
   * neither asks the search API nor builds hits, highlights, facets, pager or chart.
   */
  @Test
  void the_page_script_renders_no_results() throws IOException {
    String app = Files.readString(WEB.resolve("app.js"), StandardCharsets.UTF_8);
    assertThat(app)
        .doesNotContain("/api/search")
        .doesNotContain("'mark'")
        .doesNotContain("highlight")
        .doesNotContain("class: 'hit'")
        .doesNotContain("createElementNS")
        .doesNotContain("#hits")
        .doesNotContain("#facets")
        .doesNotContain("#pager")
        .doesNotContain("#trend")
        .doesNotContain("pushState");
  }

  static List<Path> webFiles() throws IOException {
    try (Stream<Path> files = Files.walk(WEB)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}

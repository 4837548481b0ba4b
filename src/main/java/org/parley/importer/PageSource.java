package org.parley.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The URL a saved page came from. Browsers rewrite links when they save a page, so a relative
 * canonical link is useless; the page's own absolute canonical or {@code og:url} is taken, else the
 * "saved from url=" comment some browsers write at the top of the file.
 */
final class PageSource {
  private static final String SAVED_FROM = "saved from url=";

  private PageSource() {}

  static Optional<String> find(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && isWebUrl(canonical.attr("href"))) {
      return Optional.of(canonical.attr("href").strip());
    }
    Element ogUrl = page.selectFirst("meta[property=og:url][content]");
    if (ogUrl != null && isWebUrl(ogUrl.attr("content"))) {
      return Optional.of(ogUrl.attr("content").strip());
    }
    return savedFrom(page);
  }

  /** The host of {@code url}, lower case, if it has one. */
  static Optional<String> host(String url) {
    try {
      String host = new URI(url).getHost();
      return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code <!-- saved from url=(0047)https://example.org/... -->}. */
  private static Optional<String> savedFrom(Document page) {
    for (Node node : page.childNodes()) {
      if (node instanceof Comment comment) {
        String data = comment.getData().strip();
        int at = data.indexOf(SAVED_FROM);
        if (at >= 0) {
          String rest = data.substring(at + SAVED_FROM.length());
          int close = rest.indexOf(')');
          String url =
              (rest.startsWith("(") && close > 0 ? rest.substring(close + 1) : rest).strip();
          if (isWebUrl(url)) {
            return Optional.of(url);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isWebUrl(String value) {
    String url = value.strip().toLowerCase(Locale.ROOT);
    return (url.startsWith("http://") || url.startsWith("https://"))
        && host(value.strip()).isPresent();
  }
}

package org.parley.http.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes one path segment, so an id never adds a path, query or fragment to a link. */
final class UrlPath {
  private UrlPath() {}

  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

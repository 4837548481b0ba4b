package org.parley.http.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An ordered list of query parameters that prints as a URL query string, each part encoded. */
public final class UrlParams {
  private final List<Map.Entry<String, String>> entries = new ArrayList<>();

  /** Adds {@code name=value}; {@code null} values are skipped. */
  public UrlParams add(String name, String value) {
    if (value != null) {
      entries.add(Map.entry(name, value));
    }
    return this;
  }

  /** A copy with every {@code name} removed and, unless {@code null}, one {@code name=value}. */
  public UrlParams with(String name, String value) {
    UrlParams copy = new UrlParams();
    for (Map.Entry<String, String> e : entries) {
      if (!e.getKey().equals(name)) {
        copy.entries.add(e);
      }
    }
    return copy.add(name, value);
  }

  /** A copy keeping only the names given. */
  public UrlParams only(String... names) {
    UrlParams copy = new UrlParams();
    for (Map.Entry<String, String> e : entries) {
      if (List.of(names).contains(e.getKey())) {
        copy.entries.add(e);
      }
    }
    return copy;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** {@code a=1&b=x%20y}, or the empty string. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : entries) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      out.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return out.toString();
  }

  /** {@code path?query}, or just {@code path} when there are no parameters. */
  public String on(String path) {
    return entries.isEmpty() ? path : path + "?" + this;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

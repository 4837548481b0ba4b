package org.parley.http.page;

/**
 * A small HTML writer whose only way to add text is escaped: {@link #text} and attribute values go
 * through {@link #escape}; markup comes from string constants in this package, never from data.
 * Highlights are re-built by {@link #highlight}, so only {@code <mark>} survives from them.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(16 * 1024);

  /** Appends markup written in this package (a tag, never data). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped. {@code null} appends nothing. */
  Html text(String text) {
    if (text != null) {
      escape(text, out);
    }
    return this;
  }

  /** Appends {@code name="value"} with the value escaped; {@code null} values are left out. */
  Html attr(String name, String value) {
    if (value != null) {
      out.append(' ').append(name).append("=\"");
      escape(value, out);
      out.append('"');
    }
    return this;
  }

  /** Opens a tag: {@code open("li", "class", "hit")} writes {@code <li class="hit">}. */
  Html open(String tag, String... attrs) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      attr(attrs[i], attrs[i + 1]);
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attrs>text</tag>} with the text escaped. */
  Html element(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /**
   * Appends a highlight from the search service (escaped text with {@code <mark>…</mark>}): the
   * text between marks is decoded and escaped again, and any other markup becomes visible text.
   */
  Html highlight(String highlighted) {
    if (highlighted == null) {
      return this;
    }
    String[] chunks = highlighted.split("<mark>", -1);
    for (int i = 0; i < chunks.length; i++) {
      String chunk = chunks[i];
      int end = i == 0 ? -1 : chunk.indexOf("</mark>");
      if (end >= 0) {
        raw("<mark>").text(decode(chunk.substring(0, end))).raw("</mark>");
        chunk = chunk.substring(end + "</mark>".length());
      }
      text(decode(chunk.replace("</mark>", "")));
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Escapes the five characters that matter in text and quoted attribute values. */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  /** Undoes exactly what the search service's escaper does, nothing more. */
  static String decode(String escaped) {
    if (escaped.indexOf('&') < 0) {
      return escaped;
    }
    return escaped
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}

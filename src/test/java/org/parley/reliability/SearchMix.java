package org.parley.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The checked-in requests the reliability tests' clients send, in a fixed order. */
final class SearchMix {
  private static final String RESOURCE = "/reliability/search-mix.txt";

  private SearchMix() {}

  /** Query strings of {@code GET /api/search}, without the leading {@code ?}. */
  static List<String> queryStrings() {
    try (InputStream in = SearchMix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

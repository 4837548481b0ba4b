package org.parley.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered; every order ends with the paragraph id so ties are stable. */
public enum SortOrder {
  /** BM25 score, best first. */
  RELEVANCE("relevance"),
  /** Oldest first, then document and paragraph order. */
  DATE_ASC("date"),
  /** Newest first, then document and paragraph order. */
  DATE_DESC("-date"),
  /**
   * Most recently added to Parley first (the paragraph's first-indexed date), then newest statement
   * first: a late-added old statement ranks as new. The order of the Atom feeds.
   */
  INDEXED_DESC("-indexed");

  private final String param;

  SortOrder(String param) {
    this.param = param;
  }

  /** The value of the {@code sort} parameter. */
  public String param() {
    return param;
  }

  public static Optional<SortOrder> fromParam(String value) {
    for (SortOrder order : values()) {
      if (order.param.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}

package org.parley.search;

import java.util.Locale;
import java.util.Optional;

/**
 * Which part of the question and answer exchanges a search looks in ({@code in=}): journalists'
 * questions, the answers they received, or every paragraph.
 */
public enum ExchangeScope {
  /** Paragraphs of question turns; each hit carries the answer it received. */
  QUESTIONS("questions"),
  /** Paragraphs of turns that answer a question; each hit carries its question. */
  ANSWERS("answers"),
  /** Every paragraph, statements included. */
  ALL("all");

  private final String param;

  ExchangeScope(String param) {
    this.param = param;
  }

  /** The value of the {@code in} parameter. */
  public String param() {
    return param;
  }

  public static Optional<ExchangeScope> fromParam(String value) {
    for (ExchangeScope scope : values()) {
      if (scope.param.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}

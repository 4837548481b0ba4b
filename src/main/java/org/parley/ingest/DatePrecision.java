package org.parley.ingest;

import java.util.Locale;

/** Whether a transcript's date is the day of the event, or a stand-in for a less precise date. */
public enum DatePrecision {
  /** The day the text was delivered or published. */
  EXACT,
  /** Only the year or month is known (a UN General Debate session): the day is a stand-in. */
  APPROXIMATE;

  /** The lower-case name used in the index, the API and front matter. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()} back; {@code null} when {@code id} is neither. */
  static DatePrecision fromId(String id) {
    if (id == null) {
      return null;
    }
    return switch (id.strip().toLowerCase(Locale.ROOT)) {
      case "exact", "day" -> EXACT;
      case "approximate", "approx", "year", "month" -> APPROXIMATE;
      default -> null;
    };
  }
}

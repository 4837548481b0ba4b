package org.parley.search;

import java.util.Locale;
import java.util.Optional;

/** The fields a search can count hits by ({@code facets=speaker,topic,...}). */
public enum FacetField {
  SPEAKER,
  TOPIC,
  ROLE,
  /** Journalists' outlets: which outlets ask about a subject. */
  OUTLET,
  YEAR,
  MONTH;

  /** The name used in requests and in the response's {@code facets} object. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FacetField> fromId(String id) {
    for (FacetField f : values()) {
      if (f.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

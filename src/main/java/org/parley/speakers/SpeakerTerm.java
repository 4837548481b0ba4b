package org.parley.speakers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period in one office.
 *
 * @param office the office's canonical title ("NATO Secretary General")
 * @param from first day in office
 * @param to last day in office, or {@code null} while still in office
 */
public record SpeakerTerm(String office, LocalDate from, LocalDate to) {
  public SpeakerTerm {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(from, "from");
  }

  /** Whether the office was held on {@code date} (both ends inclusive). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}

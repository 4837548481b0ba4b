package org.parley.ingest;

import java.util.Objects;
import org.parley.speakers.Role;

/**
 * A resolved person (or an explicit "unknown").
 *
 * @param name the person's canonical name ("Jens Stoltenberg"), or {@code null} when unknown
 * @param role what part they play in this transcript
 * @param outlet the news organisation of a journalist ("AFP"), otherwise {@code null}
 * @param title the office held at the time ("NATO Secretary General"), or {@code null}
 */
public record Speaker(String name, Role role, String outlet, String title) {
  /** A speaker nobody could identify: never guessed, always marked as such. */
  public static final Speaker UNKNOWN = new Speaker(null, Role.UNKNOWN, null, null);

  /** The publisher's own text: a lead paragraph, a stage direction. */
  public static final Speaker EDITORIAL = new Speaker(null, Role.EDITORIAL, null, null);

  public Speaker {
    Objects.requireNonNull(role, "role");
  }

  public boolean isKnown() {
    return name != null;
  }
}

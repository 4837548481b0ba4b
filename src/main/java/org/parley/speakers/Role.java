package org.parley.speakers;

import java.util.Locale;

/** What part a speaker plays in a transcript; indexed as the {@code role} filter and facet. */
public enum Role {
  /** A government or international-organisation official speaking on the record. */
  OFFICIAL,
  /** Whoever chairs the event and hands out the floor (a spokesperson moderating, "MODERATOR:"). */
  MODERATOR,
  /** A member of the press asking questions ("Name (Outlet):", "QUESTION:", "Q:"). */
  JOURNALIST,
  /** Anyone else on the record: a guest, a panellist, a member of the audience. */
  PARTICIPANT,
  /**
   * The publisher's own words, not a speaker's: a lead paragraph that reports the event ("Vladimir
   * Putin received in the Kremlin ..."), a stage direction ("(The briefing was concluded at 2:20
   * p.m.)").
   */
  EDITORIAL,
  /** Nothing in the text or the registry says who this is. */
  UNKNOWN;

  /** The lower-case name used in the index, the API and {@code index-config/}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()} back (case-insensitive); throws on an unknown role. */
  public static Role fromId(String id) {
    return Role.valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}

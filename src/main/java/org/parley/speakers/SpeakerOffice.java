package org.parley.speakers;

import java.util.List;
import java.util.Objects;

/**
 * An office and the ways transcripts print its title.
 *
 * @param title the canonical title ("NATO Secretary General"), used in {@code Speaker.title}
 * @param organisation the organisation the office belongs to
 * @param aliases other printed forms ("Secretary General", "Secretary-General"); an alias may be
 *     shared by offices of different organisations, and then only the date and the document's
 *     organisation can tell them apart
 */
public record SpeakerOffice(String title, String organisation, List<String> aliases) {
  public SpeakerOffice {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organisation, "organisation");
    aliases = List.copyOf(aliases);
  }
}

package org.parley.speakers;

import java.util.List;
import java.util.Objects;

/**
 * An organisation speakers belong to.
 *
 * @param name the canonical name ("NATO", "US State Department")
 * @param aliases other forms, including corpus folder names ("nato", "state") and front-matter
 *     spellings, so a document's organisation can be recognised
 */
public record SpeakerOrganisation(String name, List<String> aliases) {
  public SpeakerOrganisation {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}

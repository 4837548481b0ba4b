package org.parley.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The optional YAML block between "---" lines at the top of a plain-text transcript. Every key is
 * optional; unknown keys make the file unusable, so a misspelt key is reported, not ignored.
 *
 * <pre>
 * ---
 * id: eu-fac-2024-12-16
 * title: Press remarks after the Foreign Affairs Council
 * date: 2024-12-16
 * source: https://www.eeas.europa.eu/...
 * place: Brussels
 * organisation: EU
 * licence: CC BY 4.0
 * attribution: © Example Publisher, CC BY 4.0
 * date_precision: approximate     # exact (default) or approximate
 * speakers:
 *   default: Kaja Kallas           # who speaks text before the first label
 *   labels:                        # printed label → who it is
 *     HRVP: Kaja Kallas
 * ---
 * </pre>
 *
 * @param id the document id, instead of one derived from the path
 * @param title the title, instead of the first line
 * @param date the event date, in any form {@link DateParser} reads; it wins over the text
 * @param source the original URL
 * @param place where the event took place
 * @param organisation the organisation the document comes from (a registry name or alias)
 * @param speakers hints for speaker resolution
 * @param licence the licence or copyright status the source states
 * @param attribution the line the licence requires beside every reuse
 * @param datePrecision {@code exact} (the default) or {@code approximate}
 */
record FrontMatter(
    String id,
    String title,
    String date,
    String source,
    String place,
    String organisation,
    Speakers speakers,
    String licence,
    String attribution,
    @JsonProperty("date_precision") String datePrecision) {

  /**
   * @param defaultSpeaker who speaks unlabelled text (a name, variant or title the registry knows,
   *     or a personal name)
   * @param labels printed label → name, variant or title
   */
  record Speakers(@JsonProperty("default") String defaultSpeaker, Map<String, String> labels) {}

  static final FrontMatter NONE =
      new FrontMatter(null, null, null, null, null, null, null, null, null, null);
}

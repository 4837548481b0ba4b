package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed transcript: document metadata and its paragraphs in order. Pure data, no Lucene.
 *
 * @param id stable document id (front matter {@code id}, JSON Lines {@code doc_id}, otherwise the
 *     file path relative to the corpus without its extension, lower-cased, non-alphanumerics as
 *     '-')
 * @param file the path relative to the corpus folder, with '/' separators
 * @param title the title ("Press conference")
 * @param byLine the "by ..." line without "by" ("NATO Secretary General Jens Stoltenberg following
 *     the ..."), or {@code null}
 * @param date the event date
 * @param lastUpdated the "Last updated" stamp as printed, or {@code null}
 * @param source the original URL when known, or {@code null}
 * @param place where the event took place when known, or {@code null}
 * @param asDelivered whether the text is marked "(As delivered)"
 * @param paragraphs the paragraphs in order, ordinals 1..n
 * @param provenance publisher, licence and date precision
 */
public record Transcript(
    String id,
    String file,
    String title,
    String byLine,
    LocalDate date,
    String lastUpdated,
    String source,
    String place,
    boolean asDelivered,
    List<Paragraph> paragraphs,
    Provenance provenance) {
  public Transcript {
    paragraphs = List.copyOf(paragraphs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** This transcript with {@code defaults} filling what its own provenance leaves open. */
  Transcript withProvenanceDefaults(Provenance defaults) {
    return new Transcript(
        id,
        file,
        title,
        byLine,
        date,
        lastUpdated,
        source,
        place,
        asDelivered,
        paragraphs,
        provenance.orElse(defaults));
  }

  /** This transcript with {@code url} as its source when it names none itself. */
  Transcript withSourceDefault(String url) {
    if (source != null || url == null) {
      return this;
    }
    return new Transcript(
        id,
        file,
        title,
        byLine,
        date,
        lastUpdated,
        url,
        place,
        asDelivered,
        paragraphs,
        provenance);
  }

  /** The stable id of a paragraph: document id and ordinal ("2022-01-07-nato-press-p12"). */
  public String paragraphId(Paragraph paragraph) {
    return paragraphId(paragraph.ordinal());
  }

  /** The id of this transcript's paragraph number {@code ordinal}. */
  public String paragraphId(int ordinal) {
    return id + "-p" + ordinal;
  }
}

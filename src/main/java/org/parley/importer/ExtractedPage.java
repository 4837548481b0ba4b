package org.parley.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * What a saved page holds for a transcript, before it is written.
 *
 * @param title the title as printed
 * @param date the event date
 * @param source the page's URL, or {@code null} when the saved page does not say
 * @param organisation who published it, or {@code null}
 * @param place where the event took place, or {@code null}
 * @param paragraphs the text, one entry per paragraph, labels as printed
 */
public record ExtractedPage(
    String title,
    LocalDate date,
    String source,
    String organisation,
    String place,
    List<String> paragraphs) {
  public ExtractedPage {
    paragraphs = List.copyOf(paragraphs);
  }
}

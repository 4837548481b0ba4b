package org.parley.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A query of the test collection, with the filters an analyst would set and its judgments.
 *
 * @param id stable id ("q001")
 * @param query what the analyst types
 * @param kind the kind of need (phrase, description, acronym, ...), for per-kind means
 * @param description what a relevant paragraph must contain (the assessor's instructions)
 * @param from first date, or {@code null}
 * @param to last date, or {@code null}
 * @param speakers speaker filter (any of them), usually empty
 * @param judgments the judged paragraphs
 */
public record JudgedQuery(
    String id,
    String query,
    String kind,
    String description,
    LocalDate from,
    LocalDate to,
    List<String> speakers,
    List<Judgment> judgments) {
  public JudgedQuery {
    speakers = List.copyOf(speakers);
    judgments = List.copyOf(judgments);
  }
}

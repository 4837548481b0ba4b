package org.parley.search;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.parley.index.Schema;

/**
 * The answer a question hit received, read from the same generation as the hit: one lookup by id
 * per question on the page (at most a page's size), so the index stores the answer's text once.
 */
final class AnswerPreview {
  /** How much of the answer a hit shows: the first lines, enough to tell what was said. */
  static final int MAX_CHARS = 300;

  private AnswerPreview() {}

  /** The answer {@code answerId}, or {@code null} when the id is unknown (never, in one build). */
  static Hit.AnswerRef of(IndexSearcher searcher, StoredFields stored, String answerId)
      throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, answerId)), 1);
    if (found.scoreDocs.length == 0) {
      return null;
    }
    Document answer = stored.document(found.scoreDocs[0].doc);
    String speaker = answer.get(Schema.SPEAKER);
    if (speaker == null || speaker.isEmpty()) {
      speaker = answer.get(Schema.SPEAKER_LABEL);
    }
    return new Hit.AnswerRef(speaker, beginning(answer.get(Schema.TEXT)), answerId);
  }

  /** The text up to {@link #MAX_CHARS}, cut after a whole word, with "…" when cut. */
  static String beginning(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS);
    if (cut < MAX_CHARS / 2) {
      cut = MAX_CHARS; // one very long word: cut inside it rather than show almost nothing
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }
}

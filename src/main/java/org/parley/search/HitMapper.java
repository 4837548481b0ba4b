package org.parley.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.parley.index.Schema;

/** Turns a stored paragraph into the {@link Hit} the CLI and the API print. */
final class HitMapper {
  private HitMapper() {}

  static Hit toHit(StoredFields stored, int docId, float score, String highlight)
      throws IOException {
    return toHit(stored.document(docId), score, highlight);
  }

  /** The hit of a paragraph already loaded (and read by the highlighter too). */
  static Hit toHit(Document doc, float score, String highlight) {
    String text = doc.get(Schema.TEXT);
    String id = doc.get(Schema.ID);
    String speaker = emptyToNull(doc.get(Schema.SPEAKER));
    String label = doc.get(Schema.SPEAKER_LABEL);
    String date = doc.get(Schema.DATE_ISO);
    int paragraph = doc.getField(Schema.PARAGRAPH).numericValue().intValue();
    List<String> topics = new ArrayList<>();
    for (IndexableField topic : doc.getFields(Schema.TOPIC)) {
      topics.add(topic.stringValue());
    }
    String title = doc.get(Schema.DOC_TITLE);
    Hit.DocRef docRef =
        new Hit.DocRef(
            doc.get(Schema.DOC_ID),
            title,
            date,
            datePrecision(doc),
            doc.get(Schema.DOC_FILE),
            webUrl(doc.get(Schema.DOC_SOURCE)),
            doc.get(Schema.DOC_ORGANISATION),
            doc.get(Schema.DOC_LICENCE),
            webUrl(doc.get(Schema.DOC_LICENCE_URL)),
            doc.get(Schema.DOC_ATTRIBUTION));
    Hit.QuestionRef question = null;
    String questionText = doc.get(Schema.QUESTION_TEXT);
    if (questionText != null) {
      question =
          new Hit.QuestionRef(
              doc.get(Schema.QUESTION_SPEAKER), doc.get(Schema.QUESTION_OUTLET), questionText);
    }
    Hit.AnswerRef answer = null;
    String answerId = doc.get(Schema.ANSWER_ID);
    if (answerId != null) {
      answer =
          new Hit.AnswerRef(doc.get(Schema.ANSWER_SPEAKER), doc.get(Schema.ANSWER_TEXT), answerId);
    }
    String citation =
        CitationFormatter.cite(
            speaker != null ? speaker : label,
            title,
            doc.get(Schema.DOC_BYLINE),
            new CitationFormatter.Source(
                docRef.organisation(),
                LocalDate.parse(date),
                "approximate".equals(docRef.datePrecision()),
                docRef.source(),
                docRef.attribution()),
            paragraph);
    return new Hit(
        id,
        Float.isNaN(score) ? 0f : score,
        text,
        highlight != null ? highlight : HtmlEscaper.escape(text),
        speaker,
        label,
        doc.get(Schema.ROLE),
        doc.get(Schema.OUTLET),
        date,
        firstIndexed(doc),
        List.copyOf(topics),
        paragraph,
        docRef,
        question,
        answer,
        "/p/" + id,
        citation,
        null,
        null,
        null);
  }

  /**
   * The source only when it is an http(s) URL: pages and embedders render it as a link, and a
   * {@code javascript:} or {@code data:} source from a transcript's front matter would run there.
   */
  static String webUrl(String source) {
    if (source == null) {
      return null;
    }
    String lower = source.strip().toLowerCase(java.util.Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    return web
            && source.strip().chars().noneMatch(c -> c < 0x21 || c == '"' || c == '<' || c == '>')
        ? source.strip()
        : null;
  }

  /** {@code exact} or {@code approximate}: said on every hit, so a reader never assumes a day. */
  static String datePrecision(Document doc) {
    String precision = doc.get(Schema.DATE_PRECISION);
    return precision != null ? precision : "exact";
  }

  /** The stored epoch milliseconds as an ISO instant, or {@code null} when not recorded. */
  static String firstIndexed(Document doc) {
    IndexableField field = doc.getField(Schema.FIRST_INDEXED);
    return field == null
        ? null
        : java.time.Instant.ofEpochMilli(field.numericValue().longValue()).toString();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}

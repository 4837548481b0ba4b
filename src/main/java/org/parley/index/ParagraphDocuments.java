package org.parley.index;

import java.time.LocalDate;
import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.parley.analysis.AnalysedText;
import org.parley.ingest.Answer;
import org.parley.ingest.DatePrecision;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Provenance;
import org.parley.ingest.Question;
import org.parley.ingest.Speaker;
import org.parley.ingest.Transcript;
import org.parley.speakers.Role;

/** The one place a parsed paragraph becomes a Lucene {@link Document} (see {@link Schema}). */
public final class ParagraphDocuments {
  private ParagraphDocuments() {}

  /**
   * Builds the document of {@code paragraph} of {@code transcript} carrying {@code topics}; the
   * writer's analyzer analyses the text fields.
   */
  public static Document toDocument(
      Transcript transcript, Paragraph paragraph, Collection<String> topics) {
    return toDocument(transcript, paragraph, topics, null);
  }

  /**
   * Builds the document with its text fields indexed from {@code analysed} (the paragraph's text
   * analysed once by {@code ParleyAnalyzers.analyse}) instead of analysing the text again.
   */
  public static Document toDocument(
      Transcript transcript,
      Paragraph paragraph,
      Collection<String> topics,
      AnalysedText analysed) {
    return toDocument(transcript, paragraph, topics, analysed, null);
  }

  /**
   * Builds the document as above, dated {@code firstIndexed} (epoch milliseconds, see {@link
   * FirstIndexed}); {@code null} leaves the date out.
   */
  public static Document toDocument(
      Transcript transcript,
      Paragraph paragraph,
      Collection<String> topics,
      AnalysedText analysed,
      Long firstIndexed) {
    Document doc = new Document();
    String id = transcript.paragraphId(paragraph);
    doc.add(new StringField(Schema.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));

    if (analysed == null) {
      doc.add(new Field(Schema.TEXT, paragraph.text(), Schema.TEXT_TYPE));
      doc.add(new Field(Schema.TEXT_EXACT, paragraph.text(), Schema.EXACT_TYPE));
    } else {
      doc.add(new Field(Schema.TEXT, analysed.stemmed().replay(), Schema.TEXT_TYPE));
      doc.add(new Field(Schema.TEXT_EXACT, analysed.exact().replay(), Schema.EXACT_TYPE));
    }
    doc.add(new StoredField(Schema.TEXT, paragraph.text()));
    doc.add(
        new NumericDocValuesField(
            Schema.TEXT_FINGERPRINT, FirstIndexed.fingerprint(paragraph.text())));
    if (firstIndexed != null) {
      doc.add(new NumericDocValuesField(Schema.FIRST_INDEXED, firstIndexed));
      doc.add(new StoredField(Schema.FIRST_INDEXED, firstIndexed));
    }

    Speaker speaker = paragraph.turn().speaker();
    String label = paragraph.turn().speakerLabel();
    String name = speaker.isKnown() ? speaker.name() : "";
    if (!name.isEmpty()) {
      // Both or neither: Lucene refuses a field that has doc values in some documents and is
      // indexed without them in others.
      doc.add(new StringField(Schema.SPEAKER, name, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(Schema.SPEAKER, new BytesRef(name)));
    }
    String speakerText = String.join(" ", nonNull(name, label, speaker.outlet()));
    if (!speakerText.isBlank()) {
      doc.add(new Field(Schema.SPEAKER_TEXT, speakerText, Schema.EXACT_TYPE));
    }
    if (label != null) {
      doc.add(new StoredField(Schema.SPEAKER_LABEL, label));
    }
    String role = speaker.role().id();
    doc.add(new StringField(Schema.ROLE, role, Field.Store.YES));
    doc.add(new SortedSetDocValuesField(Schema.ROLE, new BytesRef(role)));
    if (speaker.outlet() != null) {
      doc.add(new StoredField(Schema.OUTLET, speaker.outlet()));
      if (speaker.role() == Role.JOURNALIST) {
        doc.add(new SortedSetDocValuesField(Schema.OUTLET, new BytesRef(speaker.outlet())));
      }
    }
    doc.add(new StringField(Schema.KIND, kind(paragraph), Field.Store.NO));
    Answer answer = paragraph.answer();
    if (answer != null) {
      doc.add(new StoredField(Schema.ANSWER_ID, transcript.paragraphId(answer.ordinal())));
      Speaker answerer = answer.turn().speaker();
      String answeredBy = answerer.isKnown() ? answerer.name() : answer.turn().speakerLabel();
      if (answeredBy != null) {
        doc.add(new StoredField(Schema.ANSWER_SPEAKER, answeredBy));
      }
      doc.add(new StoredField(Schema.ANSWER_TEXT, AnswerExcerpt.of(answer.text())));
    }

    LocalDate date = transcript.date();
    long epochDay = date.toEpochDay();
    doc.add(new LongPoint(Schema.DATE, epochDay));
    doc.add(new SortedNumericDocValuesField(Schema.DATE, epochDay));
    doc.add(new StoredField(Schema.DATE_ISO, date.toString()));
    doc.add(new NumericDocValuesField(Schema.YEAR, date.getYear()));
    doc.add(new NumericDocValuesField(Schema.MONTH, date.getYear() * 100L + date.getMonthValue()));

    for (String topic : topics) {
      doc.add(new StringField(Schema.TOPIC, topic, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(Schema.TOPIC, new BytesRef(topic)));
    }

    doc.add(new StringField(Schema.DOC_ID, transcript.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.DOC_ID, new BytesRef(transcript.id())));
    doc.add(new StoredField(Schema.DOC_TITLE, transcript.title()));
    doc.add(new StoredField(Schema.DOC_FILE, transcript.file()));
    if (transcript.source() != null) {
      doc.add(new StoredField(Schema.DOC_SOURCE, transcript.source()));
    }
    if (transcript.byLine() != null) {
      doc.add(new StoredField(Schema.DOC_BYLINE, transcript.byLine()));
    }
    addProvenance(doc, transcript.provenance());

    doc.add(new IntPoint(Schema.PARAGRAPH, paragraph.ordinal()));
    doc.add(new SortedNumericDocValuesField(Schema.PARAGRAPH, paragraph.ordinal()));
    doc.add(new StoredField(Schema.PARAGRAPH, paragraph.ordinal()));
    doc.add(new StoredField(Schema.TURN, paragraph.turn().number()));

    Question question = paragraph.question();
    if (question != null) {
      Speaker asker = question.speaker();
      if (asker.isKnown()) {
        doc.add(new StoredField(Schema.QUESTION_SPEAKER, asker.name()));
      }
      if (asker.outlet() != null) {
        doc.add(new StoredField(Schema.QUESTION_OUTLET, asker.outlet()));
      }
      doc.add(new StoredField(Schema.QUESTION_TEXT, question.text()));
    }
    return doc;
  }

  private static String kind(Paragraph paragraph) {
    if (paragraph.turn().question()) {
      return Schema.KIND_QUESTION;
    }
    return paragraph.question() != null ? Schema.KIND_ANSWER : Schema.KIND_OTHER;
  }

  private static void addProvenance(Document doc, Provenance provenance) {
    if (provenance.organisation() != null) {
      doc.add(new StringField(Schema.DOC_ORGANISATION, provenance.organisation(), Field.Store.YES));
      doc.add(
          new SortedSetDocValuesField(
              Schema.DOC_ORGANISATION, new BytesRef(provenance.organisation())));
    }
    if (provenance.licence() != null) {
      doc.add(new StoredField(Schema.DOC_LICENCE, provenance.licence()));
    }
    if (provenance.licenceUrl() != null) {
      doc.add(new StoredField(Schema.DOC_LICENCE_URL, provenance.licenceUrl()));
    }
    if (provenance.attribution() != null) {
      doc.add(new StoredField(Schema.DOC_ATTRIBUTION, provenance.attribution()));
    }
    if (provenance.datePrecision() != DatePrecision.EXACT) {
      doc.add(new StoredField(Schema.DATE_PRECISION, provenance.datePrecision().id()));
    }
  }

  private static String[] nonNull(String... values) {
    return java.util.Arrays.stream(values)
        .filter(v -> v != null && !v.isBlank())
        .toArray(String[]::new);
  }
}

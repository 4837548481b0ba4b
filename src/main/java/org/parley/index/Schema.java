package org.parley.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field of Parley's index, declared once: its name, how it is indexed, and why. One Lucene
 * document is one paragraph. Nothing else in Parley spells a field name.
 */
public final class Schema {
  /**
   * Raised whenever a field is added, removed or indexed differently: a generation built with
   * another version is rebuilt even when the corpus and config are unchanged, since it lacks what
   * the code now reads (3: {@code kind}, {@code answer_*}, {@code first_indexed}).
   */
  public static final int VERSION = 3;

  private Schema() {}

  /**
   * Stable paragraph id ({@code <doc id>-p<ordinal>}). StringField for lookups by id, sorted doc
   * values for the deterministic tiebreak and {@code searchAfter}, stored for responses.
   */
  public static final String ID = "id";

  /**
   * The paragraph's text. Indexed with positions (phrases, proximity) and offsets in the postings,
   * so the UnifiedHighlighter reads match offsets instead of re-analysing stored text; stored for
   * display. Analysed with English stemming and spelling normalisation.
   */
  public static final String TEXT = "text";

  /**
   * The same text without stemming, positions but no offsets, not stored: a match here boosts the
   * exact form the user typed ("defence" over "defend").
   */
  public static final String TEXT_EXACT = "text_exact";

  /**
   * Speaker name, label and outlet as searchable text, not stored: "Stoltenberg Kazakhstan" finds
   * what Stoltenberg said about Kazakhstan.
   */
  public static final String SPEAKER_TEXT = "speaker_text";

  /**
   * Resolved speaker name; absent when the speaker is unknown. StringField for the filter,
   * sorted-set doc values for the facet, stored.
   */
  public static final String SPEAKER = "speaker";

  /** The speaker label as printed. Stored only: shown, never searched on its own. */
  public static final String SPEAKER_LABEL = "speaker_label";

  /** Role id (official, moderator, journalist, ...): filter, facet, stored. */
  public static final String ROLE = "role";

  /**
   * A journalist's outlet as the speaker model displays it ("NPR/CBS News"): stored for display;
   * sorted-set doc values on journalists' paragraphs for the {@code outlet} facet (which outlets
   * ask about a subject); also part of {@link #SPEAKER_TEXT}.
   */
  public static final String OUTLET = "outlet";

  /**
   * The paragraph's part in a question and answer exchange: {@link #KIND_QUESTION}, {@link
   * #KIND_ANSWER} or {@link #KIND_OTHER}. StringField, not stored: {@code in=questions} is a term
   * filter in the query, counted and paged like any other, never a filter over collected hits; no
   * doc values, as nothing sorts or counts by it.
   */
  public static final String KIND = "kind";

  /** A paragraph of a question turn (a journalist's, or an interviewer's). */
  public static final String KIND_QUESTION = "question";

  /** A paragraph of a turn that follows a question and answers it (see {@link #QUESTION_TEXT}). */
  public static final String KIND_ANSWER = "answer";

  /** Statements, moderation, editorial lines: neither asks nor answers. */
  public static final String KIND_OTHER = "other";

  /**
   * On a question's paragraphs, the id of the first paragraph of the answer it received, stored
   * only: the hit links to the answer in context ({@code /p/{id}}).
   */
  public static final String ANSWER_ID = "answer_id";

  /** Who answered (the resolved name, else the label as printed), stored only. */
  public static final String ANSWER_SPEAKER = "answer_speaker";

  /**
   * How the answer begins (its first few hundred characters), stored only: a question hit shows it
   * without a second lookup, and the answer's full text is stored once, on its own paragraphs.
   */
  public static final String ANSWER_TEXT = "answer_text";

  /**
   * Event date as epoch day: a point for range filters, numeric doc values for sorting and the date
   * sort. The ISO form is stored separately in {@link #DATE_ISO}.
   */
  public static final String DATE = "date";

  /** The ISO date string, stored only. */
  public static final String DATE_ISO = "date_iso";

  /** Year (2022) as numeric doc values: the year facet without parsing dates per hit. */
  public static final String YEAR = "year";

  /** Year and month as yyyymm (202201) in numeric doc values: the month facet (trend chart). */
  public static final String MONTH = "month";

  /** Topic names, multi-valued: filter, facet, stored. */
  public static final String TOPIC = "topic";

  /** Document id: filter ({@code doc=}), sorted doc values for sorting, stored. */
  public static final String DOC_ID = "doc_id";

  /** Document title, stored only. */
  public static final String DOC_TITLE = "doc_title";

  /** Path of the transcript relative to the corpus folder, stored only. */
  public static final String DOC_FILE = "doc_file";

  /** Original URL of the transcript when known, stored only. */
  public static final String DOC_SOURCE = "doc_source";

  /**
   * Who published the transcript ("President of Russia (en.kremlin.ru)"): StringField for the
   * {@code organisation} filter, sorted-set doc values for its facet, stored for display.
   */
  public static final String DOC_ORGANISATION = "doc_organisation";

  /** The licence or copyright status the source states, stored only. */
  public static final String DOC_LICENCE = "doc_licence";

  /** The licence's text (URL), stored only. */
  public static final String DOC_LICENCE_URL = "doc_licence_url";

  /** The attribution line the licence requires (CC BY) beside every reuse, stored only. */
  public static final String DOC_ATTRIBUTION = "doc_attribution";

  /** {@code approximate} when the date is a stand-in for a year or month; absent when exact. */
  public static final String DATE_PRECISION = "date_precision";

  /** The "by ..." line of the transcript, stored only (citations). */
  public static final String DOC_BYLINE = "doc_byline";

  /**
   * Paragraph ordinal in its document: an int point for context ranges (paragraphs N-2..N+2),
   * numeric doc values for sorting, stored.
   */
  public static final String PARAGRAPH = "paragraph";

  /** Turn number in its document, stored. */
  public static final String TURN = "turn";

  /** Who asked the question this paragraph answers, stored only. */
  public static final String QUESTION_SPEAKER = "question_speaker";

  /** Their outlet, stored only. */
  public static final String QUESTION_OUTLET = "question_outlet";

  /** The question's text, stored only. */
  public static final String QUESTION_TEXT = "question_text";

  /**
   * When Parley first indexed this paragraph, as epoch milliseconds: the build time of the first
   * generation that held it, carried forward by every rebuild while its text is unchanged (see
   * {@link FirstIndexed}). Numeric doc values for the "newly added first" sort of the feeds, and
   * stored for responses. Separate from {@link #DATE}: a statement made in 2019 and added to the
   * corpus today is new to a reader, though not recent.
   */
  public static final String FIRST_INDEXED = "first_indexed";

  /**
   * A 64-bit fingerprint of the paragraph's text, numeric doc values only: the next rebuild reads
   * it with {@link #DOC_ID} to recognise the paragraph (even when an insertion above it changed its
   * ordinal) and carry its {@link #FIRST_INDEXED} forward without loading stored text.
   */
  public static final String TEXT_FINGERPRINT = "text_fingerprint";

  /**
   * Text field type: positions and offsets in postings for the UnifiedHighlighter. Indexed only:
   * the text is stored by a {@code StoredField} of the same name, because Lucene cannot store a
   * field whose tokens come ready-made (the builder analyses each paragraph once for tagging and
   * both text fields).
   */
  public static final FieldType TEXT_TYPE = buildTextType();

  /** Unstemmed twin: positions for phrases over both fields, nothing stored. */
  public static final FieldType EXACT_TYPE = buildExactType();

  private static FieldType buildTextType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType buildExactType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.setOmitNorms(false);
    type.freeze();
    return type;
  }
}

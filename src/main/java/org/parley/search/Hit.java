package org.parley.search;

import java.util.List;

/**
 * One paragraph in a result list, as the CLI's {@code --json} and the HTTP API print it.
 *
 * @param id stable paragraph id
 * @param score 1,000 for each of the query's words that count that the paragraph has, plus its BM25
 *     score (0 when sorted by date without a query)
 * @param text the paragraph's plain text
 * @param highlight the passage HTML-escaped, with matches inside {@code <mark>…</mark>}
 * @param speaker resolved speaker name, or {@code null} when unknown
 * @param speakerLabel the label as printed in the transcript
 * @param role role id
 * @param outlet a journalist's outlet, or {@code null}
 * @param date ISO date of the event
 * @param firstIndexed ISO instant at which Parley first indexed this paragraph (the build of the
 *     first generation that held its text), {@code null} in an index built before it was recorded
 * @param topics topic names
 * @param paragraph 1-based ordinal in its document
 * @param doc the document it belongs to
 * @param question the question it answers, or {@code null}
 * @param answer for a question, the answer it received, or {@code null}
 * @param url permalink path of the paragraph ({@code /p/{id}})
 * @param citation a human citation ("Jens Stoltenberg, Press conference ..., 7 January 2022, para.
 *     12")
 * @param matchedTerms the query's words and phrases this paragraph matched, as typed ({@code null}
 *     for a search without words)
 * @param allTerms whether it matched every word that counts (see {@code all_terms_total}), {@code
 *     null} for a search without words
 * @param explain why it scored as it did, when asked for
 */
public record Hit(
    String id,
    float score,
    String text,
    String highlight,
    String speaker,
    String speakerLabel,
    String role,
    String outlet,
    String date,
    String firstIndexed,
    List<String> topics,
    int paragraph,
    DocRef doc,
    QuestionRef question,
    AnswerRef answer,
    String url,
    String citation,
    List<String> matchedTerms,
    Boolean allTerms,
    HitExplanation explain) {

  /** This hit with how it matched. */
  Hit withMatch(List<String> matched, Boolean all, HitExplanation why) {
    return new Hit(
        id,
        score,
        text,
        highlight,
        speaker,
        speakerLabel,
        role,
        outlet,
        date,
        firstIndexed,
        topics,
        paragraph,
        doc,
        question,
        answer,
        url,
        citation,
        matched,
        all,
        why);
  }

  /** The document a hit belongs to. */
  public record DocRef(
      String id,
      String title,
      String date,
      String datePrecision,
      String file,
      String source,
      String organisation,
      String licence,
      String licenceUrl,
      String attribution) {}

  /** The question an answer responds to. */
  public record QuestionRef(String speaker, String outlet, String text) {}

  /**
   * The answer a question received.
   *
   * @param speaker who answered: the resolved name, else the label as printed ({@code null} when
   *     neither is known)
   * @param text how the answer begins: its first few hundred characters, cut at a word, "…" marking
   *     the cut
   * @param id the answer's paragraph id; its permalink is {@code /p/{id}}
   */
  public record AnswerRef(String speaker, String text, String id) {}
}

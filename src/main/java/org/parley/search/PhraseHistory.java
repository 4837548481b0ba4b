package org.parley.search;

import java.util.List;

/**
 * The history of one phrase in the corpus (under the request's filters): how often and when it was
 * used, who adopted it and when, and the wordings that differ from it by one word or a hyphen.
 *
 * @param query the request's {@code q}
 * @param phrase the phrase as matched: exact (unstemmed) words, lower case
 * @param total paragraphs using the phrase
 * @param tookMs time taken
 * @param first the earliest use (ties: document id, then paragraph), {@code null} when unused
 * @param last the latest use, {@code null} when unused
 * @param byYear uses per year, oldest first
 * @param byMonth uses per month ({@code 2022-01}), oldest first
 * @param speakers each known speaker who used it, with count and first date, earliest first
 * @param variants other wordings found in the index, most used first
 * @param variantsSampled whether the search for variants stopped at its limits (then a rarer
 *     variant may be missing; counts of the listed ones are still exact)
 */
public record PhraseHistory(
    String query,
    String phrase,
    long total,
    long tookMs,
    Use first,
    Use last,
    List<FacetValue> byYear,
    List<FacetValue> byMonth,
    List<Adopter> speakers,
    List<Variant> variants,
    boolean variantsSampled) {

  /**
   * One use of a wording.
   *
   * @param date ISO date
   * @param speaker the speaker's name, or the label printed in the transcript when unresolved
   * @param docTitle the transcript's title
   * @param docId the transcript's id
   * @param paragraphId the paragraph's id
   * @param url the paragraph's permalink
   * @param sentence the sentence holding the wording (the paragraph's start when not found)
   */
  public record Use(
      String date,
      String speaker,
      String docTitle,
      String docId,
      String paragraphId,
      String url,
      String sentence) {}

  /**
   * A speaker who used the phrase.
   *
   * @param name canonical speaker name
   * @param count paragraphs of theirs using it
   * @param firstDate ISO date of their first use
   */
  public record Adopter(String name, long count, String firstDate) {}

  /**
   * Another wording of the phrase.
   *
   * @param text the wording, as first written in the corpus
   * @param kind {@code substitution}, {@code insertion}, {@code deletion} or {@code hyphenation}
   * @param count paragraphs using it
   * @param first its earliest use
   * @param topSpeakers who used it most
   */
  public record Variant(
      String text, String kind, long count, Use first, List<FacetValue> topSpeakers) {}
}

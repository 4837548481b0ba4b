package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.Query;
import org.parley.analysis.ParleyAnalyzers;

/**
 * The history of a phrase ({@code /api/phrase}, {@code parley phrase}): its exact uses counted by
 * year, month and speaker from doc values, its first and last use read back, and its variants found
 * in the index ({@link PhraseVariants}, {@link HyphenForms}) and each counted exactly.
 */
public final class PhraseService {
  /** Variants returned at most, most used first. */
  public static final int MAX_VARIANTS = 10;

  /** Speakers listed per variant. */
  static final int TOP_SPEAKERS = 3;

  private final GenerationSearcherManager searchers;
  private final QueryFactory queries;
  private final ParleyAnalyzers analyzers;

  public PhraseService(
      GenerationSearcherManager searchers, QueryFactory queries, ParleyAnalyzers analyzers) {
    this.searchers = searchers;
    this.queries = queries;
    this.analyzers = analyzers;
  }

  /**
   * The history of {@code request.query()} (one phrase of two words or more, quoted or not) under
   * the request's filters; paging, sort and facets are ignored.
   *
   * @throws InvalidRequestException when the query is no such phrase or the dates are reversed
   */
  public PhraseHistory history(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      throw new InvalidRequestException("from", "from must not be after to");
    }
    PhraseTokens phrase = PhraseTokens.parse(request.query(), analyzers);
    ParleySearcher searcher = searchers.acquire();
    try {
      Query filters = queries.filters(request, null);
      PhraseUsage usage =
          PhraseUsage.of(
              searcher, QueryFactory.combine(HyphenForms.phrase(phrase.words()), filters));
      PhraseUses uses = new PhraseUses(searcher.storedFields(), analyzers);
      PhraseHistory.Use first = read(uses, usage.first, phrase.words());
      PhraseHistory.Use last = read(uses, usage.last, phrase.words());

      List<PhraseHistory.Variant> variants = new ArrayList<>();
      PhraseVariants.Found found =
          new PhraseVariants(searcher, analyzers, phrase.words()).find(filters);
      for (PhraseVariants.Candidate c :
          found.candidates().subList(0, Math.min(MAX_VARIANTS, found.candidates().size()))) {
        Query q = QueryFactory.combine(HyphenForms.phrase(c.words()), filters);
        PhraseHistory.Variant v =
            variant(searcher, uses, q, c.words(), String.join(" ", c.words()), c.kind());
        if (v != null) {
          variants.add(v);
        }
      }
      for (HyphenForms.Form form : HyphenForms.of(phrase, searcher.getIndexReader())) {
        Query q = QueryFactory.combine(form.query(), filters);
        PhraseHistory.Variant v =
            variant(searcher, uses, q, form.words(), form.display(), "hyphenation");
        if (v != null) {
          variants.add(v);
        }
      }
      variants.sort(
          Comparator.comparingLong(PhraseHistory.Variant::count)
              .reversed()
              .thenComparing(PhraseHistory.Variant::text));
      return new PhraseHistory(
          request.query(),
          phrase.display(),
          usage.count,
          (System.nanoTime() - start) / 1_000_000,
          first,
          last,
          PhraseUsage.buckets(usage.byYear, false),
          PhraseUsage.buckets(usage.byMonth, true),
          usage.adopters(),
          List.copyOf(variants.subList(0, Math.min(MAX_VARIANTS, variants.size()))),
          found.sampled());
    } finally {
      searchers.release(searcher);
    }
  }

  private static PhraseHistory.Use read(
      PhraseUses uses, PhraseUsage.Ordered match, List<String> words) throws IOException {
    return match == null ? null : uses.read(match.doc(), words).use();
  }

  /** A variant counted exactly; {@code null} when nothing under the filters uses it. */
  private static PhraseHistory.Variant variant(
      ParleySearcher searcher,
      PhraseUses uses,
      Query query,
      List<String> words,
      String display,
      String kind)
      throws IOException {
    PhraseUsage usage = PhraseUsage.of(searcher, query);
    if (usage.count == 0) {
      return null;
    }
    PhraseUses.Read first = uses.read(usage.first.doc(), words);
    return new PhraseHistory.Variant(
        first.written() != null ? first.written() : display,
        kind,
        usage.count,
        first.use(),
        usage.topSpeakers(TOP_SPEAKERS));
  }
}

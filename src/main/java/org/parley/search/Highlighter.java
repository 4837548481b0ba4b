package org.parley.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.parley.index.Schema;

/**
 * Highlights the text field with Lucene's UnifiedHighlighter, reading match offsets from the
 * postings (no re-analysis of stored text) and using the Matches API so a phrase comes back as one
 * span. Output goes through {@link MarkPassageFormatter}: escaped text plus {@code <mark>}.
 */
final class Highlighter {
  /** Longest text looked at for passages; longer paragraphs are highlighted in their start. */
  static final int MAX_ANALYZED_CHARS = 100_000;

  private static final MarkPassageFormatter FORMATTER = new MarkPassageFormatter();

  private Highlighter() {}

  /**
   * One highlight per hit of {@code page}, in order.
   *
   * @param fragmentSize target passage length in characters; 0 for the whole paragraph
   */
  static String[] highlight(
      ParleySearcher searcher, Analyzer analyzer, Query query, TopDocs page, int fragmentSize)
      throws IOException {
    if (page.scoreDocs.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(FORMATTER)
            .withWeightMatches(true)
            .withHighlightPhrasesStrictly(true)
            .withMaxLength(MAX_ANALYZED_CHARS)
            // A hit that matched only through filters still shows the paragraph's start.
            .withMaxNoHighlightPassages(1);
    int passages;
    if (fragmentSize <= 0) {
      builder.withBreakIterator(WholeBreakIterator::new);
      passages = 1;
    } else {
      builder.withBreakIterator(
          () ->
              LengthGoalBreakIterator.createClosestToLength(
                  BreakIterator.getSentenceInstance(Locale.ROOT), fragmentSize, 0.5f));
      passages = 2;
    }
    return new GenerationHighlighter(builder, searcher.fieldInfos())
        .highlight(Schema.TEXT, HighlightQuery.of(query), page, passages);
  }

  /**
   * NOTE: a UnifiedHighlighter merges the field infos of every segment the first time it
   * highlights, and one is built per request (its break iterator depends on the request's fragment
   * size); handing it the generation's merged field infos, computed once, skips that merge on every
   * request.
   */
  private static final class GenerationHighlighter extends UnifiedHighlighter {
    GenerationHighlighter(Builder builder, FieldInfos fieldInfos) {
      super(builder);
      this.fieldInfos = fieldInfos;
    }
  }
}

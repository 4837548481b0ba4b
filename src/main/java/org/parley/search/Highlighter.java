package org.parley.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
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
   * @param texts the stored text of each hit's document, already read by the caller
   */
  static String[] highlight(
      ParleySearcher searcher,
      Analyzer analyzer,
      Query query,
      TopDocs page,
      int fragmentSize,
      IntFunction<String> texts)
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
    return new GenerationHighlighter(builder, searcher.fieldInfos(), texts)
        .highlight(Schema.TEXT, HighlightQuery.of(query), page, passages);
  }

  /**
   * NOTE: a UnifiedHighlighter merges the field infos of every segment the first time it
   * highlights, and one is built per request (its break iterator depends on the request's fragment
   * size); handing it the generation's merged field infos, computed once, skips that merge on every
   * request. It would also load each hit's stored fields again, a second decompression of the block
   * holding the paragraph; it gets the text the caller read for the hit instead.
   */
  private static final class GenerationHighlighter extends UnifiedHighlighter {
    private final IntFunction<String> texts;

    GenerationHighlighter(Builder builder, FieldInfos fieldInfos, IntFunction<String> texts) {
      super(builder);
      this.fieldInfos = fieldInfos;
      this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        CharSequence[] row = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          if (!fields[f].equals(Schema.TEXT)) {
            throw new IllegalStateException("only the text field is highlighted: " + fields[f]);
          }
          String text = texts.apply(doc);
          text = text == null ? "" : text;
          // As the stored-field loader it replaces does: nothing past the analysed length.
          row[f] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
        }
        values.add(row);
      }
      return values;
    }
  }
}

package org.parley.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Parley's one analysis chain, in the variants that indexing and querying need.
 *
 * <p>Char filter: typographic quotes and apostrophes become ASCII, every hyphen and dash variant
 * (non-breaking, figure, en dash) becomes '-', so "Russia’s" and "dual‑track" analyse like
 * "Russia's" and "dual-track". The standard tokenizer then splits "dual-track" into "dual", "track"
 * at adjacent positions, which is what makes "dual-track", "dual track" and "dual‑track" match one
 * another as phrases. Then: possessive "'s" removed, lower case, accents folded, British spellings
 * normalised to American, synonyms (query side only: multi-word synonyms cannot be indexed with
 * correct positions), and English stemming (not on the exact field). Numbers are kept as they are
 * and never fuzzed.
 */
final class TextAnalyzer extends Analyzer {
  private static final NormalizeCharMap PUNCTUATION = buildPunctuationMap(false);

  /**
   * At index time hyphens become '_', which the standard tokenizer keeps inside a word, so that
   * {@link #splitCompounds} can index "de-confliction" as "de", "confliction" and, at the same
   * position as "de", the joined "deconfliction": a query for the joined form then finds the
   * hyphenated one. Queries keep splitting on hyphens; the query builder joins and splits words
   * against the index's vocabulary instead.
   */
  private static final NormalizeCharMap INDEX_PUNCTUATION = buildPunctuationMap(true);

  private static final int COMPOUND_FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.CATENATE_WORDS;

  private final SpellingVariants spelling;
  private final SynonymMap synonyms;
  private final boolean stem;
  private final boolean indexTime;

  /**
   * @param spelling one-way spelling rules, or {@code null}
   * @param synonyms query-time synonyms, or {@code null} (always null at index time)
   * @param stem whether to stem
   * @param indexTime whether the output is indexed (then synonyms must be null)
   */
  TextAnalyzer(SpellingVariants spelling, SynonymMap synonyms, boolean stem, boolean indexTime) {
    if (indexTime && synonyms != null) {
      throw new IllegalArgumentException("multi-word synonyms cannot be indexed with positions");
    }
    this.spelling = spelling;
    this.synonyms = synonyms;
    this.stem = stem;
    this.indexTime = indexTime;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(indexTime ? INDEX_PUNCTUATION : PUNCTUATION, reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(PUNCTUATION, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    if (indexTime) {
      stream = new FlattenGraphFilter(splitCompounds(stream));
    }
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (spelling != null) {
      stream = spelling.wrap(stream);
    }
    if (synonyms != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    if (stem) {
      stream = new PorterStemFilter(stream);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** Splits the tokens that hold a '_' (a hyphen, see {@link #INDEX_PUNCTUATION}), only those. */
  private static TokenStream splitCompounds(TokenStream in) {
    return new ConditionalTokenFilter(
        in,
        s ->
            new WordDelimiterGraphFilter(
                s, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, COMPOUND_FLAGS, null)) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

      @Override
      protected boolean shouldFilter() {
        for (int i = 0; i < term.length(); i++) {
          if (term.charAt(i) == '_') {
            return true;
          }
        }
        return false;
      }
    };
  }

  private static NormalizeCharMap buildPunctuationMap(boolean joinHyphens) {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2018", "\u2019", "\u201B", "\u2032", "\u02BC"}) {
      map.add(apostrophe, "'");
    }
    for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
      map.add(quote, "\"");
    }
    for (String hyphen :
        new String[] {"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\u00AD"}) {
      map.add(hyphen, joinHyphens ? "_" : "-");
    }
    if (joinHyphens) {
      map.add("-", "_");
    }
    map.add("\u00A0", " ");
    map.add("\u202F", " ");
    return map.build();
  }
}

package org.parley.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

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
  private static final NormalizeCharMap PUNCTUATION = buildPunctuationMap();

  private final SpellingVariants spelling;
  private final SynonymMap synonyms;
  private final boolean stem;

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
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(PUNCTUATION, reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(PUNCTUATION, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
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

  private static NormalizeCharMap buildPunctuationMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2018", "\u2019", "\u201B", "\u2032", "\u02BC"}) {
      map.add(apostrophe, "'");
    }
    for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
      map.add(quote, "\"");
    }
    for (String hyphen :
        new String[] {"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\u00AD"}) {
      map.add(hyphen, "-");
    }
    map.add("\u00A0", " ");
    map.add("\u202F", " ");
    return map.build();
  }
}

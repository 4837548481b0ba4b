package org.parley.search;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * How completion keys and typed prefixes are compared: the whole text as one token, every run of
 * hyphens, dashes and spaces as one space, lower-cased and accent-folded. So "dual tr" completes
 * "dual-track approach" and "lungesc" completes "Oana Lungescu".
 */
final class SuggestKeyAnalyzer extends Analyzer {
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}\\s\\u2010\\u2011]+");

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(SEPARATORS, " ", reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer tokenizer = new KeywordTokenizer();
    TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
    return new TokenStreamComponents(tokenizer, stream);
  }
}

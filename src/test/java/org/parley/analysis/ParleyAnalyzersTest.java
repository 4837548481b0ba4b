package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.config.ParleyConfig;

class ParleyAnalyzersTest {
  private static ParleyAnalyzers analyzers;

  @BeforeAll
  static void buildFromShippedConfig() {
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  @Test
  void a_hyphenated_word_is_indexed_as_its_parts_and_joined_whatever_the_hyphen()
      throws IOException {
    List<String> hyphen = terms(analyzers.indexStemmed(), "dual-track approach");
    assertThat(terms(analyzers.indexStemmed(), "dual\u2011track approach")).isEqualTo(hyphen);
    // The parts, so "dual track approach" finds it; the joined word, so "dualtrack" does too.
    assertThat(hyphen).containsExactly("dualtrack", "dual", "track", "approach");
    assertThat(terms(analyzers.indexStemmed(), "dual track approach"))
        .containsExactly("dual", "track", "approach");
  }

  @Test
  void typographic_apostrophe_is_folded_and_possessive_removed() throws IOException {
    assertThat(terms(analyzers.indexStemmed(), "Russia\u2019s build-up"))
        .isEqualTo(terms(analyzers.indexStemmed(), "Russia's build-up"))
        .startsWith("russia");
  }

  @Test
  void british_and_american_spellings_meet() throws IOException {
    assertThat(terms(analyzers.indexStemmed(), "defence modernised neighbours"))
        .isEqualTo(terms(analyzers.indexStemmed(), "defense modernized neighbors"));
  }

  @Test
  void exact_analyzer_does_not_stem() throws IOException {
    assertThat(terms(analyzers.indexExact(), "allies talks")).containsExactly("allies", "talks");
    assertThat(terms(analyzers.indexStemmed(), "allies talks")).containsExactly("alli", "talk");
  }

  @Test
  void numbers_stay_distinct() throws IOException {
    assertThat(terms(analyzers.indexStemmed(), "Article 5")).containsExactly("articl", "5");
    assertThat(terms(analyzers.indexStemmed(), "Article 6")).containsExactly("articl", "6");
  }

  @Test
  void query_side_expands_synonyms_index_side_does_not() throws IOException {
    assertThat(terms(analyzers.queryStemmed(), "NRC")).contains("nrc", "nato", "russia", "council");
    assertThat(terms(analyzers.indexStemmed(), "NRC")).containsExactly("nrc");
  }

  @Test
  void analysing_once_gives_the_tokens_each_index_analyzer_gives_on_its_own() throws IOException {
    String longWord = "x".repeat(300);
    for (String text :
        List.of(
            "NATO\u2019s dual\u2011track approach: defence, deterrence and the NRC.",
            "Allies\u00A0talked   \u201Copenly\u201D about Kyiv's   neighbours; r\u00E9sum\u00E9s.",
            "Article 5 and 10,000 troops " + longWord + " then the end",
            "",
            "   ")) {
      AnalysedText once = analyzers.analyse(text);
      assertThat(tokens(once.stemmed().replay()))
          .as(text)
          .isEqualTo(tokens(analyzers.indexStemmed().tokenStream("text", text)));
      assertThat(tokens(once.exact().replay()))
          .as(text)
          .isEqualTo(tokens(analyzers.indexExact().tokenStream("text", text)));
    }
    assertThat(tokens(analyzers.analyse("allies talks").stemmed().replay()))
        .containsExactly("alli +1 0-6", "talk +1 7-12", "end +0 12");
  }

  /** Each token as "term +increment start-end", then the end state, as the index reads them. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            "%s +%d %d-%d"
                .formatted(
                    term,
                    increment.getPositionIncrement(),
                    offset.startOffset(),
                    offset.endOffset()));
      }
      stream.end();
      tokens.add("end +%d %d".formatted(increment.getPositionIncrement(), offset.endOffset()));
    }
    return tokens;
  }
}

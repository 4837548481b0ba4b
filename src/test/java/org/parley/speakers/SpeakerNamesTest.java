package org.parley.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  /** Lower case, then ASCII folding: the two steps of the search chain that fold letters. */
  private static final Analyzer SEARCH_FOLDING =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer tokenizer = new WhitespaceTokenizer();
          return new TokenStreamComponents(
              tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
      };

  private static List<String> searchTokens(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = SEARCH_FOLDING.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void names_fold_exactly_as_search_folds_them() throws IOException {
    List<String> names =
        List.of(
            "Støre",
            "Sørsdahl",
            "Łukasz",
            "Michał",
            "Æsir",
            "Straße",
            "Niinistö",
            "Erdoğan",
            "İstanbul",
            "Šefčovič",
            "Zelenskyy",
            "López",
            "Þór",
            "Œuvre",
            "ĳssel",
            "Dujarric");
    for (String name : names) {
      assertThat(SpeakerNames.key(name)).as(name).isEqualTo(searchTokens(name).get(0));
    }
  }

  @Test
  void folded_and_plain_spellings_share_one_key() {
    assertThat(SpeakerNames.key("Jonas Gahr Støre"))
        .isEqualTo(SpeakerNames.key("Jonas Gahr Store"));
    assertThat(SpeakerNames.key("Radosław Sikorski"))
        .isEqualTo(SpeakerNames.key("Radoslaw Sikorski"));
    assertThat(SpeakerNames.key("Elin Sørsdahl")).isEqualTo("elin sorsdahl");
  }

  @Test
  void case_dots_apostrophes_and_hyphens_do_not_matter() {
    assertThat(SpeakerNames.key("SECRETARY-GENERAL")).isEqualTo("secretary general");
    assertThat(SpeakerNames.key("MR. PRICE")).isEqualTo(SpeakerNames.key("Mr Price"));
    assertThat(SpeakerNames.key("António Guterres")).isEqualTo("antonio guterres");
    assertThat(SpeakerNames.key("O’Brien")).isEqualTo("obrien");
  }

  @Test
  void decomposed_accents_fold_like_precomposed_ones() {
    assertThat(SpeakerNames.key("Lo\u0301pez")).isEqualTo("lopez");
  }
}

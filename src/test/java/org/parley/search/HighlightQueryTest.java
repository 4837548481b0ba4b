package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.parley.index.Schema;

class HighlightQueryTest {
  private static TermQuery term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static List<Query> clauses(Query q) {
    List<Query> out = new ArrayList<>();
    for (BooleanClause c : ((BooleanQuery) q).clauses()) {
      assertThat(c.occur()).isEqualTo(BooleanClause.Occur.SHOULD);
      out.add(c.query());
    }
    return out;
  }

  @Test
  void keeps_the_text_fields_terms_phrases_and_prefixes_once_each_without_tiers_or_boosts() {
    PhraseQuery phrase = new PhraseQuery(Schema.TEXT, "arm", "control");
    PrefixQuery prefix = new PrefixQuery(new Term(Schema.TEXT, "sanction"));
    Query word =
        new BooleanQuery.Builder()
            .add(new BoostQuery(term(Schema.TEXT, "nato"), 1f), BooleanClause.Occur.SHOULD)
            .add(
                new BoostQuery(term(Schema.SPEAKER_TEXT, "nato"), 0.8f), BooleanClause.Occur.SHOULD)
            .build();
    Query ranking =
        new BooleanQuery.Builder()
            .add(new TieredQuery(word, QueryFactory.WORD_TIER), BooleanClause.Occur.SHOULD)
            .add(word, BooleanClause.Occur.SHOULD)
            .add(phrase, BooleanClause.Occur.MUST)
            .add(prefix, BooleanClause.Occur.SHOULD)
            .build();

    assertThat(clauses(HighlightQuery.of(ranking)))
        .containsExactlyInAnyOrder(term(Schema.TEXT, "nato"), phrase, prefix);
  }

  @Test
  void an_excluded_word_is_never_highlighted() {
    Query ranking =
        new BooleanQuery.Builder()
            .add(term(Schema.TEXT, "ukrain"), BooleanClause.Occur.SHOULD)
            .add(term(Schema.TEXT, "crimea"), BooleanClause.Occur.MUST_NOT)
            .build();

    assertThat(clauses(HighlightQuery.of(ranking))).containsExactly(term(Schema.TEXT, "ukrain"));
  }

  @Test
  void a_query_on_speakers_only_highlights_nothing() {
    assertThat(HighlightQuery.of(term(Schema.SPEAKER_TEXT, "stoltenberg")))
        .isInstanceOf(MatchNoDocsQuery.class);
  }
}

package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.MultiReader;
import org.junit.jupiter.api.Test;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.search.QueryFactory;
import org.parley.search.SearchRequest;

class QueryMixTest {
  private static final QueryMix MIX = QueryMix.load();

  @Test
  void every_request_of_the_mix_becomes_a_lucene_query() throws Exception {
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis())) {
      QueryFactory queries = new QueryFactory(analyzers);
      for (BenchQuery q : MIX.queries()) {
        SearchRequest request = q.toSearchRequest();
        assertThat(queries.textQuery(request.query(), new MultiReader()))
            .as(q.queryString())
            .isNotNull();
        queries.filters(request, null);
      }
    }
  }

  @Test
  void about_a_quarter_of_the_mix_filters_and_every_category_is_there() {
    long filtered =
        MIX.queries().stream()
            .filter(q -> q.params().stream().anyMatch(p -> !Set.of("q").contains(p.name())))
            .count();
    assertThat((double) filtered / MIX.queries().size()).isBetween(0.2, 0.35);
    assertThat(MIX.categories().keySet())
        .contains(
            "term.common",
            "term.rare",
            "words.2",
            "words.3",
            "phrase",
            "variant",
            "filter.speaker",
            "filter.topic",
            "filter.date");
  }

  @Test
  void the_rare_words_are_words_of_the_generators_tail() {
    Set<String> tail = Set.copyOf(TailVocabulary.get().words());
    List<String> rare =
        MIX.queries().stream()
            .filter(q -> q.category().equals("term.rare"))
            .map(BenchQuery::text)
            .toList();
    assertThat(rare).isNotEmpty().allMatch(tail::contains);
  }

  @Test
  void a_query_string_reads_back_as_the_same_parameters() {
    for (BenchQuery q : MIX.withAllFacets().queries()) {
      assertThat(BenchQuery.fromQueryString(q.category(), q.queryString())).isEqualTo(q);
    }
  }

  @Test
  void a_malformed_line_is_refused_with_its_line_number() {
    assertThatThrownBy(() -> QueryMix.parse(List.of("# c", "term\tnato\tcolour=red"), "q.tsv"))
        .hasMessageContaining("q.tsv:2");
  }

  @Test
  void suggest_prefixes_come_from_the_term_queries() {
    assertThat(MIX.suggestPrefixes()).contains("na", "nat", "nato", "kazakh").doesNotContain("n");
  }
}

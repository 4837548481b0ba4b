package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.config.ParleyConfig;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;
import org.parley.testing.TestIndex;

/**
 * Anserini's regression habit: the checked-in judgments run over the shipped corpus, and the means
 * must not fall below the checked-in figures ({@code eval/expected.json}). The same index checks
 * the example searches the corpus offers on the empty search page.
 */
class EvalRegressionTest {
  private static final Path CORPUS = Path.of("corpus");
  private static EvalReport report;
  private static JsonNode expected;
  private static List<String> examples;
  private static List<Long> exampleTotals;
  private static java.util.Set<String> speakersInCorpus;
  private static List<org.parley.search.FacetValue> speakersListed;

  @BeforeAll
  static void evaluate() throws IOException {
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    Path index = TestIndex.bundled();
    CorpusSnapshot snapshot = new CorpusReader(config.speakers()).read(CORPUS);
    List<JudgedQuery> queries =
        JudgmentsReader.read(Path.of("src/test/resources/eval/judgments.jsonl"));
    try (SearchStack stack = SearchStack.open(index, config, 0);
        BaselineSearcher baseline = new BaselineSearcher(snapshot)) {
      report =
          new Evaluation(stack.search(), baseline, new JudgmentResolver(snapshot)).run(queries);
      speakersListed = stack.browse().speakers();
      speakersInCorpus = new java.util.TreeSet<>();
      snapshot.transcripts().stream()
          .flatMap(t -> t.paragraphs().stream())
          .filter(p -> p.turn().speaker().isKnown())
          .forEach(p -> speakersInCorpus.add(p.turn().speaker().name()));
      examples = stack.browse().overview().examples();
      exampleTotals = new java.util.ArrayList<>();
      for (String example : examples) {
        exampleTotals.add(stack.search().search(SearchRequest.of(example)).total());
      }
    }
    expected =
        new ObjectMapper().readTree(Path.of("src/test/resources/eval/expected.json").toFile());
    System.out.printf(
        "eval: nDCG@10 %.3f (baseline %.3f), recall@10 %.3f (%.3f), MRR %.3f (%.3f)%n",
        report.parley().ndcg(),
        report.baseline().ndcg(),
        report.parley().recall(),
        report.baseline().recall(),
        report.parley().mrr(),
        report.baseline().mrr());
  }

  @Test
  void every_judgment_names_exactly_one_paragraph_of_the_parsed_corpus() {
    assertThat(report.problems()).isEmpty();
    assertThat(report.queries()).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void means_do_not_fall_below_the_checked_in_figures() {
    double tolerance = expected.get("tolerance").asDouble();
    assertThat(report.parley().ndcg())
        .isGreaterThanOrEqualTo(expected.get("ndcg_at_10").asDouble() - tolerance);
    assertThat(report.parley().recall())
        .isGreaterThanOrEqualTo(expected.get("recall_at_10").asDouble() - tolerance);
    assertThat(report.parley().mrr())
        .isGreaterThanOrEqualTo(expected.get("mrr").asDouble() - tolerance);
  }

  @Test
  void every_example_search_the_empty_page_offers_finds_paragraphs() {
    assertThat(examples).isNotEmpty();
    assertThat(exampleTotals)
        .as("totals of %s", examples)
        .allSatisfy(t -> assertThat(t).isPositive());
  }

  @Test
  void every_speaker_of_the_shipped_corpus_is_listed_most_paragraphs_first() {
    assertThat(speakersInCorpus).hasSizeGreaterThan(50);
    assertThat(speakersListed.stream().map(org.parley.search.FacetValue::value))
        .containsExactlyInAnyOrderElementsOf(speakersInCorpus);
    for (int i = 1; i < speakersListed.size(); i++) {
      assertThat(speakersListed.get(i).count())
          .isLessThanOrEqualTo(speakersListed.get(i - 1).count());
    }
  }

  @Test
  void parley_beats_the_plain_lucene_baseline_by_the_checked_in_margin() {
    assertThat(report.parley().ndcg() - report.baseline().ndcg())
        .isGreaterThanOrEqualTo(expected.get("min_ndcg_gain").asDouble());
  }
}

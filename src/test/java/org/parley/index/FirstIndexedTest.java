package org.parley.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ParleyConfig;
import org.parley.search.Hit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;
import org.parley.search.SortOrder;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;

/**
 * Each paragraph's first-indexed date survives rebuilds while its text is unchanged, so "added
 * since" means added to Parley, not said recently. Real NATO transcript plus fictional ones.
 */
class FirstIndexedTest {
  private static final String BY = "Spokesperson Test Speaker of the Republic of Examplestan";

  @TempDir Path tmp;

  private Map<String, String> firstIndexedById(Path indexDir) throws IOException {
    ParleyConfig config = TestIndex.config();
    try (SearchStack stack = SearchStack.open(indexDir, config, 0)) {
      SearchRequest all =
          new SearchRequest.Builder("").sort(SortOrder.INDEXED_DESC).size(100).build();
      Map<String, String> dates = new LinkedHashMap<>();
      for (Hit hit : stack.search().search(all).hits()) {
        dates.put(hit.id(), hit.firstIndexed());
      }
      return dates;
    }
  }

  @Test
  void an_unchanged_corpus_rebuilt_keeps_every_first_indexed_date() throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("corpus")).withNatoTranscript();
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    Map<String, String> before = firstIndexedById(index);

    TestIndex.rebuild(corpus.dir(), index, true);

    assertThat(new IndexGenerations(index).current()).contains("gen-000002");
    assertThat(before).hasSize(TestCorpus.NATO_PARAGRAPHS).doesNotContainValue(null);
    assertThat(firstIndexedById(index)).isEqualTo(before);
  }

  @Test
  void a_late_added_old_statement_is_dated_by_the_rebuild_and_listed_first() throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("corpus")).withNatoTranscript();
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    Map<String, String> before = firstIndexedById(index);
    Instant firstBuild = Instant.parse(before.values().iterator().next());

    corpus.transcript(
        "2001-03-04-archive-remarks.txt",
        "Archive remarks",
        BY,
        "4 March 2001",
        List.of("The fictional archive statement was added long after it was made."));
    TestIndex.rebuild(corpus.dir(), index, false);

    Map<String, String> after = firstIndexedById(index);
    Map.Entry<String, String> first = after.entrySet().iterator().next();
    assertThat(first.getKey()).startsWith("2001-03-04-archive-remarks");
    assertThat(Instant.parse(first.getValue())).isAfter(firstBuild);
    after.remove(first.getKey());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void an_edited_paragraph_is_new_and_an_insertion_does_not_renew_those_after_it()
      throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("corpus"));
    String file = "2020-05-06-briefing.txt";
    corpus.transcript(
        file, "Briefing", BY, "6 May 2020", List.of("First fictional point.", "Second point."));
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    Map<String, String> before = firstIndexedById(index);

    corpus.transcript(
        file,
        "Briefing",
        BY,
        "6 May 2020",
        List.of("An inserted fictional point.", "First fictional point.", "Second point."));
    TestIndex.rebuild(corpus.dir(), index, false);

    Map<String, String> after = firstIndexedById(index);
    assertThat(after).hasSize(3);
    String oldDate = before.values().iterator().next();
    // Ordinals shifted: the two old texts now sit at p2 and p3 and keep their date.
    assertThat(after.values().stream().filter(oldDate::equals)).hasSize(2);
    Map.Entry<String, String> newest = after.entrySet().iterator().next();
    assertThat(newest.getKey()).endsWith("-p1");
    assertThat(newest.getValue()).isNotEqualTo(oldDate);
  }
}

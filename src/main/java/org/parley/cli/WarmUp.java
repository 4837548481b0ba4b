package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.json.ResponseJson;
import org.parley.search.FacetField;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays representative searches on a generation before each generation switch, so the new index's
 * files are paged in and its caches filled before requests reach it. Bounded in time. (At start-up
 * the JIT is cold too, and the whole request path is warmed over HTTP instead: {@link
 * WarmUpRequests}.)
 *
 * <p>The searches are the corpus's example searches (its {@code corpus.yaml}) and a few fixed ones,
 * each as a plain search, with every facet, by date, and as a second page, written as JSON.
 */
final class WarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

  /** Longest the in-process replay before a generation switch runs. */
  static final Duration BUDGET = Duration.ofSeconds(3);

  /** Shapes the example searches may lack: several words, a phrase, a prefix, an exclusion. */
  private static final List<String> FIXED =
      List.of(
          "nato",
          "arms control",
          "\"open door\"",
          "sanction*",
          "russia ukraine -crimea",
          "what was said about the nuclear deal");

  private final SearchService search;
  private final Duration budget;

  WarmUp(SearchService search, Duration budget) {
    this.search = search;
    this.budget = budget;
  }

  /** Searches {@code searcher} until the budget is spent; returns the number of searches run. */
  int run(ParleySearcher searcher) {
    List<SearchRequest> requests = requests(searcher.examples());
    long start = System.nanoTime();
    long end = start + budget.toNanos();
    int done = 0;
    while (System.nanoTime() < end) {
      SearchRequest request = requests.get(done % requests.size());
      try {
        ResponseJson.MAPPER.writeValue(
            OutputStream.nullOutputStream(), search.searchOn(searcher, request));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done++;
    }
    LOG.info(
        "warmed generation {} with {} searches in {} ms",
        searcher.generation(),
        done,
        (System.nanoTime() - start) / 1_000_000);
    return done;
  }

  static Set<String> texts(List<String> examples) {
    Set<String> texts = new LinkedHashSet<>(examples);
    texts.addAll(FIXED);
    return texts;
  }

  static List<SearchRequest> requests(List<String> examples) {
    List<SearchRequest> requests = new ArrayList<>();
    for (String text : texts(examples)) {
      requests.add(SearchRequest.of(text));
      requests.add(new SearchRequest.Builder(text).facets(FacetField.values()).build());
      requests.add(new SearchRequest.Builder(text).sort(SortOrder.DATE_DESC).build());
      requests.add(new SearchRequest.Builder(text).page(2).build());
    }
    return requests;
  }
}

package org.parley.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.search.Hit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResponse;
import org.parley.search.SearchService;
import org.parley.search.SortOrder;

/**
 * The answers of the fixed queries in {@code reliability/golden-queries.txt}: what "nothing lost"
 * compares. An answer is the exact total and the ranked ids of the first page, by relevance and by
 * date, so a lost, duplicated or reordered paragraph shows up.
 */
final class GoldenAnswers {
  static final int PAGE = 50;

  private GoldenAnswers() {}

  static List<String> queries() {
    try (InputStream in =
        GoldenAnswers.class.getResourceAsStream("/reliability/golden-queries.txt")) {
      if (in == null) {
        throw new IllegalStateException("reliability/golden-queries.txt is missing");
      }
      List<String> queries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String q = line.strip();
        if (!q.isEmpty() && !q.startsWith("#")) {
          queries.add(q);
        }
      }
      return queries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Query (with its sort) to "total=N ids=[...]". */
  static Map<String, String> of(SearchService search) throws IOException {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String q : queries()) {
      for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.DATE_DESC)) {
        SearchRequest request = new SearchRequest.Builder(q).sort(sort).size(PAGE).build();
        answers.put(sort + " " + q, describe(search.search(request)));
      }
    }
    return answers;
  }

  static String describe(SearchResponse response) {
    return "total=" + response.total() + " ids=" + response.hits().stream().map(Hit::id).toList();
  }
}

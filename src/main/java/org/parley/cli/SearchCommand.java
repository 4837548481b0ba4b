package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.config.ParleyConfig;
import org.parley.json.ResponseJson;
import org.parley.search.ExchangeScope;
import org.parley.search.Hit;
import org.parley.search.InvalidRequestException;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResponse;
import org.parley.search.SearchStack;
import org.parley.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley search}: ranked, highlighted paragraphs from the command line. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Searches the live index and prints ranked, highlighted paragraphs.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", description = "Index folder (default: data/index).")
  Path index;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Mixin FilterOptions filters;

  @Option(
      names = "--in",
      description = "questions, answers or all (default): where to look in the exchanges.")
  String in = ExchangeScope.ALL.param();

  @Option(
      names = "--sort",
      description = "relevance (default), date, -date or -indexed (most recently added first).")
  String sort = "relevance";

  @Option(names = "--size", description = "Hits per page (1..100, default 10).")
  int size = SearchRequest.DEFAULT_SIZE;

  @Option(names = "--page", description = "Page, from 1.")
  int page = 1;

  @Option(names = "--json", description = "Print the JSON the HTTP API serves.")
  boolean json;

  @Option(
      names = "--explain",
      description = "Show why each hit matched: words, boosts, expansions, the score's parts.")
  boolean explain;

  @Parameters(arity = "0..*", description = "The query (quote phrases: '\"dual track approach\"').")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ParleyConfig cfg = ParleyConfig.load(config != null ? config : ParleyHome.config());
    SearchRequest request =
        new SearchRequest(
            String.join(" ", query),
            filters.speakers,
            filters.topics,
            filters.roles,
            filters.fromDate(),
            filters.toDate(),
            List.of(),
            SortOrder.fromParam(sort)
                .orElseThrow(
                    () ->
                        new InvalidRequestException(
                            "sort", "sort must be relevance, date, -date or -indexed")),
            page,
            size,
            SearchRequest.DEFAULT_FRAGMENT_SIZE,
            Set.of(),
            explain,
            ExchangeScope.fromParam(in)
                .orElseThrow(
                    () ->
                        new InvalidRequestException("in", "in must be questions, answers or all")));
    Path indexDir = index != null ? index : ParleyHome.index();
    OutdatedIndexWarning.printIfOutdated(indexDir, spec.commandLine().getErr());
    try (SearchStack stack = SearchStack.open(indexDir, cfg, 0)) {
      SearchResponse response = stack.search().search(request);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            ResponseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(response));
      } else {
        printText(response, out);
      }
      out.flush();
    }
    return 0;
  }

  private static void printText(SearchResponse response, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s%d hits (%d ms)%n%n",
        response.totalRelation().equals("gte") ? "at least " : "",
        response.total(),
        response.tookMs());
    int rank = (response.page() - 1) * response.size();
    for (Hit hit : response.hits()) {
      rank++;
      String who = hit.speaker() != null ? hit.speaker() : "(unknown speaker)";
      String line =
          String.format(
              Locale.ROOT,
              "%d. %s, %s, %s, para. %d%s",
              rank,
              who,
              hit.date(),
              hit.doc().title(),
              hit.paragraph(),
              hit.topics().isEmpty() ? "" : " [" + String.join(", ", hit.topics()) + "]");
      out.println(TerminalHighlight.safe(line));
      out.println("   " + TerminalHighlight.render(hit.highlight()));
      if (hit.answer() != null) {
        String answerer = hit.answer().speaker() != null ? hit.answer().speaker() : "(unknown)";
        // One line: the answer's paragraph breaks become spaces rather than control characters.
        String begins = hit.answer().text().replaceAll("\\s+", " ");
        out.println(TerminalHighlight.safe("   -> " + answerer + ": " + begins));
      }
      out.println();
    }
  }
}

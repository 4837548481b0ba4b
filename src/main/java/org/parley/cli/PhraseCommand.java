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
import org.parley.search.FacetValue;
import org.parley.search.PhraseHistory;
import org.parley.search.SearchRequest;
import org.parley.search.SearchStack;
import org.parley.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley phrase}: the history of a phrase, as {@code /api/phrase} gives it. */
@Command(
    name = "phrase",
    mixinStandardHelpOptions = true,
    description =
        "Prints a phrase's history: uses by year, month and speaker, first and last use, and the"
            + " wordings that differ from it by one word or a hyphen.")
final class PhraseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", description = "Index folder (default: data/index).")
  Path index;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print the JSON the HTTP API serves.")
  boolean json;

  @Parameters(arity = "1..*", description = "The phrase ('\"dual-track approach\"').")
  List<String> phrase = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ParleyConfig cfg = ParleyConfig.load(config != null ? config : ParleyHome.config());
    SearchRequest request =
        new SearchRequest(
            String.join(" ", phrase),
            filters.speakers,
            filters.topics,
            filters.roles,
            filters.fromDate(),
            filters.toDate(),
            List.of(),
            SortOrder.RELEVANCE,
            1,
            SearchRequest.DEFAULT_SIZE,
            SearchRequest.DEFAULT_FRAGMENT_SIZE,
            Set.of(),
            false);
    Path indexDir = index != null ? index : ParleyHome.index();
    OutdatedIndexWarning.printIfOutdated(indexDir, spec.commandLine().getErr());
    try (SearchStack stack = SearchStack.open(indexDir, cfg, 0)) {
      PhraseHistory history = stack.phrases().history(request);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            ResponseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(history));
      } else {
        print(history, out);
      }
      out.flush();
    }
    return 0;
  }

  /** The history as text; every string from the corpus passes {@link TerminalHighlight#safe}. */
  static void print(PhraseHistory h, PrintWriter out) {
    line(out, "\"%s\": %s (%d ms)", h.phrase(), uses(h.total()), h.tookMs());
    if (h.first() != null) {
      use(out, "First", h.first());
      use(out, "Last", h.last());
      line(out, "By year: %s", buckets(h.byYear()));
      line(out, "By month: %s", buckets(h.byMonth()));
    }
    if (!h.speakers().isEmpty()) {
      line(out, "Adopted by:");
      for (PhraseHistory.Adopter a : h.speakers()) {
        line(out, "  %s, since %s, %s", a.name(), a.firstDate(), uses(a.count()));
      }
    }
    if (!h.variants().isEmpty()) {
      line(out, "Other wordings:");
      for (PhraseHistory.Variant v : h.variants()) {
        line(
            out,
            "  \"%s\" (%s): %s, first %s by %s; most by %s",
            v.text(),
            v.kind(),
            uses(v.count()),
            v.first().date(),
            orUnknown(v.first().speaker()),
            v.topSpeakers().isEmpty() ? "(unknown speakers)" : buckets(v.topSpeakers()));
      }
    }
    if (h.variantsSampled()) {
      line(out, "(other wordings were looked for in a sample of the matching paragraphs)");
    }
  }

  private static void use(PrintWriter out, String label, PhraseHistory.Use use) {
    line(
        out,
        "%s: %s, %s, %s, %s",
        label,
        use.date(),
        orUnknown(use.speaker()),
        use.docTitle(),
        use.url());
    line(out, "   %s", use.sentence());
  }

  private static String orUnknown(String speaker) {
    return speaker != null ? speaker : "(unknown speaker)";
  }

  private static String buckets(List<FacetValue> values) {
    return String.join(", ", values.stream().map(v -> v.value() + " (" + v.count() + ")").toList());
  }

  private static String uses(long n) {
    return n == 1 ? "1 use" : n + " uses";
  }

  private static void line(PrintWriter out, String format, Object... args) {
    out.println(TerminalHighlight.safe(String.format(Locale.ROOT, format, args)));
  }
}

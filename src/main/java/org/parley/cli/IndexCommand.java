package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.BuildOptions;
import org.parley.index.BuildReport;
import org.parley.index.GenerationRollback;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;
import org.parley.ingest.AttributionCounts;
import org.parley.ingest.SkippedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley index}: rebuild offline, verify, swap in atomically (or roll back). */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a new index generation from the corpus beside the live one, verifies it and"
          + " switches to it atomically. A failed build leaves the live index untouched."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "Transcripts folder (default: the bundled corpus/).")
  Path corpus;

  @Option(names = "--index", description = "Index folder (default: data/index).")
  Path index;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Option(names = "--strict", description = "Fail if any file is skipped.")
  boolean strict;

  @Option(
      names = "--force",
      description = "Rebuild even if nothing changed; swap in even if the index shrinks a lot.")
  boolean force;

  @Option(names = "--rollback", description = "Switch back to the previous generation.")
  boolean rollback;

  @Option(
      names = "--threads",
      description =
          "Threads that analyse and tag paragraphs beside the one that writes them (default: one"
              + " per core).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path indexDir = index != null ? index : ParleyHome.index();
    IndexGenerations generations = new IndexGenerations(indexDir);
    if (rollback) {
      out.println("live generation: " + GenerationRollback.rollback(generations));
      return 0;
    }
    ParleyConfig cfg = ParleyConfig.load(config != null ? config : ParleyHome.config());
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(cfg.dir(), cfg.analysis())) {
      IndexBuilder builder =
          threads != null
              ? new IndexBuilder(cfg, analyzers, generations, threads)
              : new IndexBuilder(cfg, analyzers, generations);
      BuildReport report =
          builder.build(
              new BuildOptions(corpus != null ? corpus : ParleyHome.corpus(), strict, force, true));
      print(report, out);
    }
    return 0;
  }

  static void print(BuildReport report, PrintWriter out) {
    if (report.upToDate()) {
      out.printf(
          Locale.ROOT,
          "index is up to date (%s): corpus and config unchanged%n",
          report.generation());
      return;
    }
    out.printf(
        Locale.ROOT,
        "generation %s is live: %d documents, %d paragraphs, %d speakers (%d paragraphs without a"
            + " named speaker)%n",
        report.generation(),
        report.documents(),
        report.paragraphs(),
        report.speakers(),
        report.unknownSpeakerParagraphs());
    out.printf(
        Locale.ROOT,
        "time: %.2f s parsing, %.2f s indexing and verifying%n",
        report.parseSeconds(),
        report.indexSeconds());
    printSources(report.sources(), out);
    if (!report.topicCounts().isEmpty()) {
      out.print("topics:");
      for (Map.Entry<String, Long> e : report.topicCounts().entrySet()) {
        out.printf(Locale.ROOT, " %s=%d", e.getKey(), e.getValue());
      }
      out.println();
    }
    out.printf(Locale.ROOT, "skipped files: %d%n", report.skipped().size());
    for (SkippedFile skipped : report.skipped()) {
      out.printf(Locale.ROOT, "  %s: %s%n", skipped.file(), skipped.reason());
    }
    if (!report.deletedGenerations().isEmpty()) {
      out.println(
          "removed old or partial generations: " + String.join(", ", report.deletedGenerations()));
    }
  }

  /** One line per source folder: what was read, and how well it is attributed and dated. */
  static void printSources(AttributionCounts sources, PrintWriter out) {
    String format = "%-22s %6s %8s %8s %9s %12s %8s%n";
    out.printf(
        Locale.ROOT, format, "source", "docs", "paras", "speaker", "role only", "unknown", "~date");
    List<AttributionCounts.Row> rows = new java.util.ArrayList<>(sources.folders());
    rows.add(sources.total());
    for (AttributionCounts.Row row : rows) {
      out.printf(
          Locale.ROOT,
          format,
          row.folder(),
          row.documents(),
          row.paragraphs(),
          row.person(),
          row.roleOnly(),
          String.format(
              Locale.ROOT, "%d (%.1f%%)", row.unattributed(), 100 * row.unattributedShare()),
          row.approximateDate());
    }
  }
}

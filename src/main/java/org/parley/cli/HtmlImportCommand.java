package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.config.SitesConfig;
import org.parley.importer.CorpusFolder;
import org.parley.importer.HtmlImporter;
import org.parley.importer.ImportResult;
import org.parley.importer.SiteRulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley import html}: saved web pages into a corpus folder, one line per page. */
@Command(
    name = "html",
    mixinStandardHelpOptions = true,
    description = {
      "Turns saved web pages (.html files, or folders of them) into transcripts in a corpus"
          + " folder. Known sites are read by the rules of sites.yaml, others by generic rules."
          + " A page imported before (same source URL) replaces its transcript.",
      "Exit code 0 when every page was imported, 2 when some were skipped."
    })
final class HtmlImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PAGE", description = "Saved pages or folders.")
  List<Path> pages;

  @Option(
      names = "--into",
      required = true,
      paramLabel = "FOLDER",
      description = "Corpus folder to write into, e.g. corpus/kremlin (created if missing).")
  Path into;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Option(
      names = "--max-page-mb",
      paramLabel = "MB",
      description = "Pages larger than this are refused unread (default: 16).")
  Integer maxPageMegabytes;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SiteRulebook rulebook =
        SiteRulebook.compile(SitesConfig.load(config != null ? config : ParleyHome.config()));
    long maxPageBytes =
        maxPageMegabytes != null
            ? Math.max(1, maxPageMegabytes) * 1024L * 1024L
            : HtmlImporter.DEFAULT_MAX_PAGE_BYTES;
    HtmlImporter importer = new HtmlImporter(rulebook, maxPageBytes);
    CorpusFolder folder = CorpusFolder.open(into);
    List<ImportResult> results = importer.importAll(pages, folder, result -> print(result, out));
    long skipped = count(results, ImportResult.Status.SKIPPED);
    out.printf(
        Locale.ROOT,
        "%d imported, %d updated, %d skipped (into %s)%n",
        count(results, ImportResult.Status.IMPORTED),
        count(results, ImportResult.Status.UPDATED),
        skipped,
        into);
    return skipped == 0 ? 0 : CliErrors.EXIT_USER_ERROR;
  }

  private static void print(ImportResult result, PrintWriter out) {
    switch (result.status()) {
      case IMPORTED -> out.println("imported " + result.input() + " -> " + result.transcript());
      case UPDATED -> out.println("updated  " + result.input() + " -> " + result.transcript());
      case SKIPPED -> out.println("skipped  " + result.input() + ": " + result.reason());
    }
    out.flush();
  }

  private static long count(List<ImportResult> results, ImportResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}

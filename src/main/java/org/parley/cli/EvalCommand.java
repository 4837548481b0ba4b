package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.eval.BaselineSearcher;
import org.parley.eval.EvalReport;
import org.parley.eval.EvalTable;
import org.parley.eval.Evaluation;
import org.parley.eval.JudgedQuery;
import org.parley.eval.JudgmentResolver;
import org.parley.eval.JudgmentsReader;
import org.parley.index.BuildOptions;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.json.ResponseJson;
import org.parley.search.SearchStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval}: scores Parley's ranking on judged queries beside a plain Lucene baseline,
 * both over the same corpus in one run.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the judged queries through Parley's search and through a plain Lucene baseline"
          + " (StandardAnalyzer, default OR, BM25) over the same paragraphs, and prints nDCG@10,"
          + " recall@10 and MRR per query, per kind and on average."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--qrels",
      description = "Judgments, JSON Lines (default: src/test/resources/eval/judgments.jsonl).")
  Path qrels;

  @Option(names = "--corpus", description = "Transcripts folder (default: the bundled corpus/).")
  Path corpus;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Option(
      names = "--index",
      description =
          "Index folder, rebuilt from the corpus on every run so that it reflects the current"
              + " code (default: data/eval-index).")
  Path index;

  @Option(names = "--report", description = "JSON report (default: data/eval-report.json).")
  Path report;

  @Option(names = "--summary", description = "Print only the per-kind and mean tables.")
  boolean summary;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ParleyConfig cfg = ParleyConfig.load(config != null ? config : ParleyHome.config());
    Path corpusDir = corpus != null ? corpus : ParleyHome.corpus();
    Path indexDir = index != null ? index : ParleyHome.root().resolve("data").resolve("eval-index");
    List<JudgedQuery> queries =
        JudgmentsReader.read(
            qrels != null
                ? qrels
                : ParleyHome.root().resolve("src/test/resources/eval/judgments.jsonl"));
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(cfg.dir(), cfg.analysis())) {
      new IndexBuilder(cfg, analyzers, new IndexGenerations(indexDir))
          .build(new BuildOptions(corpusDir, false, true, false));
    }
    CorpusSnapshot snapshot = new CorpusReader(cfg.speakers()).read(corpusDir);
    EvalReport result;
    try (SearchStack stack = SearchStack.open(indexDir, cfg, 0);
        BaselineSearcher baseline = new BaselineSearcher(snapshot)) {
      result =
          new Evaluation(stack.search(), baseline, new JudgmentResolver(snapshot)).run(queries);
    }
    EvalTable.print(result, !summary, out);
    Path reportFile =
        report != null ? report : ParleyHome.root().resolve("data").resolve("eval-report.json");
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    ResponseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(reportFile.toFile(), result);
    out.println("report: " + reportFile);
    out.flush();
    return 0;
  }
}

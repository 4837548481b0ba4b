package org.parley.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, written as JSON and printed as a table. Figures that
 * compare Parley with raw Lucene are ratios of two measurements taken side by side in the same run.
 *
 * @param machine where it ran
 * @param settings how it ran
 * @param corpus what was indexed
 * @param indexing rebuild and raw indexing rates, index sizes
 * @param agreement whether the sides return the same top hits
 * @param runs one row per mix, concurrency and side
 * @param ratios Parley over raw Lucene, per mix and concurrency
 * @param suggest suggest latency on Parley's server
 * @param heap heap in use after a full GC, per server
 * @param targets the product owner's targets, met or not
 * @param phrases phrase history latency on Parley's server, per phrase
 */
public record BenchReport(
    Machine machine,
    Settings settings,
    Corpus corpus,
    Indexing indexing,
    List<Agreement> agreement,
    List<Run> runs,
    List<Ratio> ratios,
    ClosedLoop.Stats suggest,
    Map<String, Long> heap,
    WarmUpCurve warmUp,
    List<Target> targets,
    List<PhraseRun> phrases) {

  /**
   * Parley's server started afresh after the measurements: how long until it answered, then its
   * search-mix QPS at the highest concurrency in each of the first seconds, against the QPS the
   * same side reached in the measured runs.
   *
   * @param startSeconds from the JVM's start to its first answer (ready line and warm-up included)
   * @param qpsPerSecond one figure per second after the first answer
   * @param steadyQps the measured runs' QPS, same side, mix and concurrency
   */
  public record WarmUpCurve(
      int concurrency,
      double startSeconds,
      List<Double> qpsPerSecond,
      double steadyQps,
      double firstTenSecondsRatio) {}

  /**
   * The machine and JVM, and how busy the machine was: the load average before and after the run
   * (anything above 0 beyond the benchmark itself adds noise to every figure, ratios included).
   */
  public record Machine(
      int cores,
      String jdk,
      String vm,
      String os,
      long benchMaxHeapBytes,
      double loadAverageAtStart,
      double loadAverageAtEnd) {}

  /** The run's parameters. */
  public record Settings(
      int paragraphs,
      long seed,
      double warmupSeconds,
      double durationSeconds,
      int rounds,
      List<Integer> concurrency,
      int indexingThreads,
      int queries,
      Map<String, Integer> categories,
      List<String> serverJvmFlags,
      String notes) {}

  /** The generated corpus. */
  public record Corpus(
      int transcripts,
      int paragraphs,
      String firstDate,
      String lastDate,
      long bytes,
      double generateSeconds,
      boolean reused) {}

  /**
   * Indexing the corpus both ways.
   *
   * @param rebuildSeconds wall time of {@code parley index}, JVM start to exit
   * @param rebuildParseSeconds its own figure for reading and parsing the corpus
   * @param rebuildIndexSeconds its own figure for tagging, indexing, committing and verifying
   * @param rawParseSeconds reading and parsing the corpus for the raw side (not part of its rate)
   * @param rawIndexSeconds opening the raw writer to the end of its commit
   * @param plainIndexSeconds the same for {@link PlainLuceneIndexer} (one text field)
   */
  public record Indexing(
      int threads,
      double rebuildSeconds,
      double rebuildParseSeconds,
      double rebuildIndexSeconds,
      double rebuildParagraphsPerSecond,
      double rawParseSeconds,
      double rawIndexSeconds,
      double rawParagraphsPerSecond,
      double rebuildOverRawRate,
      double plainIndexSeconds,
      double plainParagraphsPerSecond,
      double rebuildOverPlainRate,
      long parleyIndexBytes,
      long rawIndexBytes,
      double parleyOverRawSize) {}

  /**
   * Top-hit agreement of one side with Parley's server on one mix: the share of requests whose hit
   * ids, in order, are the same.
   */
  public record Agreement(
      String mix, String side, int queries, int same, double percent, List<String> examples) {}

  /** One measured run. */
  public record Run(String mix, int concurrency, String side, ClosedLoop.Stats stats) {}

  /** Parley over raw Lucene for one mix and concurrency: QPS, p50 and p99. */
  public record Ratio(
      String mix, int concurrency, String parley, String raw, double qps, double p50, double p99) {}

  /** The phrase history of one phrase: its uses, variants listed, and latency. */
  public record PhraseRun(String phrase, long uses, int variants, ClosedLoop.Stats stats) {}

  /** One of the owner's targets. */
  public record Target(String name, String goal, String measured, boolean met, String note) {}
}

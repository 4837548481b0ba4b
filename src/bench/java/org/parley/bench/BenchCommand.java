package org.parley.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.cli.ParleyHome;
import org.parley.json.ResponseJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench}: Parley against raw Lucene on one generated corpus, side by side. The
 * benchmark ships in its own jar beside the product, as Lucene keeps its benchmark module apart;
 * the launcher puts both on the class path.
 */
@Command(
    name = "parley bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a seeded synthetic corpus, rebuilds Parley's index and a plain Lucene index of"
          + " it, starts Parley's server and a minimal raw-Lucene HTTP server on 127.0.0.1, checks"
          + " that they return the same top hits, drives both with the same closed-loop client"
          + " and query mix, and prints Parley / raw ratios. Takes minutes: about"
          + " 2 x 4 x concurrency-levels x (warm-up + duration) seconds after indexing."
    })
public final class BenchCommand implements Callable<Integer> {
  /** Entry point of the benchmark jar; the launcher runs it for {@code ./parley bench}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--paragraphs",
      description = "Paragraphs to generate (default: ${DEFAULT-VALUE}).")
  int paragraphs = 100_000;

  @Option(
      names = "--seed",
      description = "Seed of the corpus and the request order (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--work",
      description = "Folder for the corpus, indexes and logs (default: data/bench).")
  Path work;

  @Option(
      names = "--duration-seconds",
      description = "Measured seconds per side and concurrency (default: ${DEFAULT-VALUE}).")
  double durationSeconds = 15;

  @Option(
      names = "--warmup-seconds",
      description =
          "Unrecorded warm-up seconds before each measurement (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 5;

  @Option(
      names = "--rounds",
      description =
          "Turns each side takes, in rotation with the others, sharing the measured time"
              + " (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--concurrency",
      split = ",",
      description = "Closed-loop client threads, one run each (default: 1,4).")
  List<Integer> concurrency = new ArrayList<>(List.of(1, 4));

  @Option(
      names = "--threads",
      description = "Indexing threads of both sides (default: one per core).")
  Integer threads;

  @Option(
      names = "--server-jvm-opt",
      description =
          "Extra flag for both server JVMs, repeatable (e.g."
              + " -XX:StartFlightRecording=filename=server-%%p.jfr).")
  List<String> serverJvmFlags = new ArrayList<>();

  @Option(names = "--out", description = "JSON report (default: <work>/bench-<paragraphs>.json).")
  Path out;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Override
  public Integer call() throws Exception {
    Path workDir = work != null ? work : ParleyHome.root().resolve("data").resolve("bench");
    PrintWriter err = spec.commandLine().getErr();
    Benchmark.Options options =
        new Benchmark.Options(
            workDir,
            ParleyHome.corpus(),
            config != null ? config : ParleyHome.config(),
            paragraphs,
            seed,
            seconds(warmupSeconds),
            seconds(durationSeconds),
            rounds,
            concurrency,
            threads != null ? threads : Runtime.getRuntime().availableProcessors(),
            serverJvmFlags,
            QueryMix.load(),
            err);
    BenchReport report = Benchmark.run(options);
    Path json = out != null ? out : workDir.resolve("bench-" + paragraphs + ".json");
    Files.writeString(
        json,
        ResponseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report),
        StandardCharsets.UTF_8);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println();
    stdout.print(ReportTable.render(report));
    stdout.println("JSON report: " + json);
    stdout.flush();
    return 0;
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}

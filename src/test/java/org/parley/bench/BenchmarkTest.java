package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.json.ResponseJson;
import picocli.CommandLine;

/**
 * A tiny benchmark run on every build, so the harness never rots: it must run end to end and every
 * side must return Parley's top hits. It asserts no speed.
 */
@Tag("integration")
class BenchmarkTest {
  @TempDir Path tmp;

  @Test
  void a_tiny_run_completes_and_every_side_returns_the_same_top_hits() throws Exception {
    assumeThat(new CommandLine(new ParleyCommand()).getSubcommands())
        .as("the benchmark drives 'parley serve', which this build does not have yet")
        .containsKey("serve");
    StringWriter progress = new StringWriter();
    try {
      BenchReport report =
          Benchmark.run(
              new Benchmark.Options(
                  tmp.resolve("work"),
                  Path.of("corpus"),
                  Path.of("index-config"),
                  2_000,
                  7,
                  Duration.ofMillis(200),
                  Duration.ofMillis(500),
                  2,
                  List.of(2),
                  2,
                  List.of(),
                  QueryMix.load().onePerCategory(),
                  new PrintWriter(progress)));

      assertThat(report.corpus().paragraphs()).isEqualTo(2_000);
      assertThat(report.indexing().parleyIndexBytes()).isPositive();
      assertThat(report.indexing().rawIndexBytes()).isPositive();
      assertThat(report.indexing().plainParagraphsPerSecond()).isPositive();
      assertThat(report.indexing().rebuildOverPlainRate()).isPositive();
      int queries = QueryMix.load().onePerCategory().queries().size();
      // Raw Lucene over HTTP and in process, the minimal server, and Parley in process, against
      // Parley over HTTP, for the search mix and the facets mix.
      assertThat(report.agreement())
          .hasSize(8)
          .allSatisfy(a -> assertThat(a.queries()).isEqualTo(queries))
          .allSatisfy(a -> assertThat(a.same()).as(a.examples().toString()).isEqualTo(a.queries()));
      // The search mix on five sides (the minimal server runs it only), the facets mix on four.
      assertThat(report.runs())
          .hasSize(5 + 4)
          .allSatisfy(
              run -> {
                assertThat(run.stats().errors()).as(run.stats().firstError()).isZero();
                assertThat(run.stats().requests()).as(run.side()).isPositive();
              });
      assertThat(report.ratios()).hasSize(3 + 2);
      assertThat(report.ratios()).extracting(BenchReport.Ratio::raw).contains("minimal-http");
      assertThat(report.suggest().errors()).as(report.suggest().firstError()).isZero();
      assertThat(report.targets())
          .extracting(BenchReport.Target::name)
          .contains(
              "suggest p99",
              "HTTP QPS, Parley / minimal (c=2)",
              "HTTP p99, Parley / minimal (c=2)",
              "first 10 s after a restart / steady QPS");
      assertThat(report.phrases())
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.uses()).as(p.phrase()).isPositive();
                assertThat(p.stats().errors()).as(p.stats().firstError()).isZero();
                assertThat(p.stats().requests()).as(p.phrase()).isPositive();
              });
      assertThat(ReportTable.render(report)).contains("parley-http / raw-http", "Targets");
      assertThat(ResponseJson.MAPPER.writeValueAsString(report)).contains("\"agreement\"");
      assertThat(Files.list(tmp.resolve("work").resolve("logs")).toList()).isNotEmpty();
    } finally {
      System.out.println(progress);
    }
  }

  @Test
  void a_folder_that_is_not_the_benchmarks_is_never_touched() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "keep me");
    Benchmark.Options options =
        new Benchmark.Options(
            tmp,
            Path.of("corpus"),
            Path.of("index-config"),
            100,
            1,
            Duration.ZERO,
            Duration.ofMillis(1),
            1,
            List.of(1),
            1,
            List.of(),
            QueryMix.load(),
            new PrintWriter(new StringWriter()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Benchmark.run(options))
        .hasMessageContaining("not a benchmark folder");
    assertThat(tmp.resolve("notes.txt")).hasContent("keep me");
  }
}

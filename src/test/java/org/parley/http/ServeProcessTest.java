package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.testing.ChildJvm;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;

/**
 * {@code parley serve} as its own process: builds a missing index, serves the API and the pages,
 * stops on SIGTERM.
 */
@Tag("integration")
class ServeProcessTest {
  @TempDir Path tmp;

  @Test
  void serve_builds_a_missing_index_serves_it_and_exits_zero_on_sigterm() throws Exception {
    Path index = tmp.resolve("index");
    try (ChildJvm process = ChildJvm.serve(index, TestCorpus.bundled(), TestCorpus.config())) {
      URI base = process.base();
      assertThat(Files.isRegularFile(index.resolve("CURRENT"))).isTrue();
      HttpResponse<String> health = get(base, "api/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"generation\":\"gen-000001\"");
      HttpResponse<String> page = get(base, "?q=" + "dual-track");
      assertThat(page.statusCode()).as("the search page is served").isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      assertThat(page.body()).contains("<mark>");
      HttpResponse<String> search = get(base, "api/search?q=dual-track");
      assertThat(search.statusCode()).isEqualTo(200);

      process.terminate();
      assertThat(process.waitFor(60)).as(process.output()).isZero();
      assertThat(process.output()).contains("stopping", "stopped");
      // It built the index, so it warmed up briefly, over HTTP, and every warm-up request was
      // answered with a 200.
      assertThat(process.output())
          .contains("the index was just built: warming up for 3 s only", "warmed up with ")
          .doesNotContain("warm-up requests failed");
    }
    // The searches answered are kept beside the index at the stop (the page is not an API search),
    // and the next start replays them.
    assertThat(Files.readAllLines(index.resolve(RequestSampleFile.NAME)))
        .containsExactly("/api/search?q=dual-track");
    Path config = tmp.resolve("config");
    try (var files = Files.list(TestCorpus.config())) {
      Files.createDirectories(config);
      for (Path file : files.toList()) {
        Files.copy(file, config.resolve(file.getFileName()));
      }
    }
    Path serverYaml = config.resolve("server.yaml");
    Files.writeString(
        serverYaml,
        Files.readString(serverYaml).replaceAll("warm_up_ms: \\d+", "warm_up_ms: 1000"));
    try (ChildJvm again = ChildJvm.serve(index, TestCorpus.bundled(), config)) {
      assertThat(again.output()).contains(" and 1 recorded from earlier traffic");
      again.terminate();
      assertThat(again.waitFor(60)).as(again.output()).isZero();
    }
  }

  @Test
  void serve_on_a_port_in_use_fails_with_a_clear_line_and_exit_code_2() throws Exception {
    Path index = TestIndex.bundled();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int exit =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () ->
                  ParleyCommand.execute(
                      "serve",
                      "--index",
                      index.toString(),
                      "--config",
                      TestCorpus.config().toString(),
                      "--port",
                      Integer.toString(taken.getLocalPort())));
      assertThat(exit).isEqualTo(2);
    }
  }

  private static HttpResponse<String> get(URI base, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}

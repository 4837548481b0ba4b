package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;

/**
 * {@code parley serve} as its own process: builds a missing index, serves the API and the pages,
 * stops on SIGTERM.
 */
@Tag("integration")
class ServeProcessTest {
  private static final Pattern READY = Pattern.compile("is serving (http://\\S+/)");

  @TempDir Path tmp;

  @Test
  void serve_builds_a_missing_index_serves_it_and_exits_zero_on_sigterm() throws Exception {
    Path index = tmp.resolve("index");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = tmp.resolve("serve.log");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.parley.cli.ParleyCommand",
                    "serve",
                    "--index",
                    index.toString(),
                    "--corpus",
                    TestCorpus.bundled().toString(),
                    "--config",
                    TestCorpus.config().toString(),
                    "--port",
                    "0"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      URI base = awaitReady(log, process);
      assertThat(Files.isRegularFile(index.resolve("CURRENT"))).isTrue();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("api/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"generation\":\"gen-000001\"");
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("?q=" + "dual-track")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).as("the search page is served").isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      assertThat(page.body()).contains("<mark>");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(Files.readString(log)).isZero();
      assertThat(Files.readString(log)).contains("stopping", "stopped");
    } finally {
      process.destroyForcibly();
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

  /** Waits for the one log line saying where the server listens. */
  private static URI awaitReady(Path log, Process process)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      String output = Files.readString(log);
      Matcher m = READY.matcher(output);
      if (m.find()) {
        return URI.create(m.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("serve exited with " + process.exitValue() + ":\n" + output);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("serve never said it was ready:\n" + Files.readString(log));
  }
}

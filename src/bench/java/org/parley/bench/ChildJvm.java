package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the benchmark starts (a server, a rebuild) with the same Java and class path as its own,
 * its output going to a log file. Stopping it destroys the process and waits for it.
 */
final class ChildJvm implements AutoCloseable {
  private static final Pattern HEAP_USED = Pattern.compile("heap.*?used (\\d+)K");

  private final String name;
  private final Process process;
  private final Path log;

  private ChildJvm(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** The java launcher of the running JDK. */
  static Path javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * Starts {@code mainClass} with {@code args}, the running JVM's class path, and {@code jvmFlags}.
   */
  static ChildJvm start(
      String name, List<String> jvmFlags, String mainClass, List<String> args, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaLauncher().toString());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    return new ChildJvm(name, process, log);
  }

  long pid() {
    return process.pid();
  }

  /** Waits for the process to end and returns its exit code; kills it after {@code timeout}. */
  int waitFor(Duration timeout) throws IOException, InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IOException(name + " did not finish within " + timeout + "; see " + log);
    }
    return process.exitValue();
  }

  /** Polls {@code probe} until it answers 200; fails if the process dies or time runs out. */
  void awaitHttp(URI probe, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build()) {
      HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(30)).build();
      String last = "no answer";
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IOException(
              name + " exited with " + process.exitValue() + " before serving; " + logTail());
        }
        try {
          HttpResponse<String> response =
              client.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200) {
            return;
          }
          last = "status " + response.statusCode();
        } catch (IOException e) {
          last = e.toString();
        }
        Thread.sleep(200);
      }
      throw new IOException(name + " not ready after " + timeout + " (" + last + "); " + logTail());
    }
  }

  /**
   * The heap in use right after a full GC, in bytes, read with {@code jcmd} ({@code GC.run}, then
   * {@code GC.heap_info}); -1 when jcmd is not available.
   */
  long heapAfterGc() throws InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return -1;
    }
    try {
      jcmd(jcmd, "GC.run");
      Matcher m = HEAP_USED.matcher(jcmd(jcmd, "GC.heap_info"));
      return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private String jcmd(Path jcmd, String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("jcmd " + command + " failed");
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The last lines of the log, for error messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "log "
          + log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "log " + log + " unreadable";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}

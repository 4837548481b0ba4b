package org.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parley's command line in a child JVM with the test class path, as TestIndexWriterOnJRECrash runs
 * Lucene: the only way to test a real SIGKILL or SIGTERM. Its output goes to a file a test can wait
 * on for a line ({@code parley-stage: INDEXING}, the server's start-up line).
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code org.parley.cli.ParleyCommand args} with {@code -Dkey=value} system properties.
   * Standard output and error go to one log file.
   */
  public static ChildJvm parley(List<String> systemProperties, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    for (String p : systemProperties) {
      command.add("-D" + p);
    }
    command.add("org.parley.cli.ParleyCommand");
    command.addAll(List.of(args));
    // A file, not a pipe: the JDK drains a pipe into its own buffer when the process exits, and
    // lines written by a shutdown hook were lost to a reader of the pipe.
    Path log = Files.createTempFile("parley-child-", ".log");
    log.toFile().deleteOnExit();
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    return new ChildJvm(pb.start(), log);
  }

  /** Waits for a line containing {@code text}; fails with everything seen if it never comes. */
  public String await(String text, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      boolean exited = !process.isAlive();
      for (String line : output().split("\n")) {
        if (line.contains(text)) {
          return line;
        }
      }
      if (exited) {
        break;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "child never printed '"
            + text
            + "'; exit "
            + exitValueOrAlive()
            + "; output:\n"
            + output());
  }

  /** Starts {@code parley serve} on a free port and waits until it says where it listens. */
  public static ChildJvm serve(Path index, Path corpus, Path config, String... extra)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--index",
                index.toString(),
                "--corpus",
                corpus.toString(),
                "--config",
                config.toString(),
                "--port",
                "0"));
    args.addAll(List.of(extra));
    ChildJvm child = parley(List.of(), args.toArray(String[]::new));
    String ready = child.await("is serving http://", 120);
    Matcher m = Pattern.compile("is serving (http://\\S+/)").matcher(ready);
    if (!m.find()) {
      throw new AssertionError("no address in: " + ready);
    }
    child.base = URI.create(m.group(1));
    return child;
  }

  private URI base;

  /** Where a child started with {@link #serve} listens. */
  public URI base() {
    return base;
  }

  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as {@code kill PID} or a service manager stopping the server. */
  public void terminate() {
    process.destroy();
  }

  public int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("child still running after " + seconds + " s; output:\n" + output());
    }
    return process.exitValue();
  }

  private String exitValueOrAlive() {
    return process.isAlive() ? "(still running)" : Integer.toString(process.exitValue());
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill9();
    }
  }
}

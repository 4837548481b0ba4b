package org.parley.cli;

import java.nio.file.Path;

/**
 * Default locations, relative to the project folder the launcher passes as {@code parley.home} (the
 * working directory otherwise): the bundled corpus, the config, and the git-ignored data folder
 * holding the default index. Public for the benchmark, which runs beside the CLI.
 */
public final class ParleyHome {
  private ParleyHome() {}

  public static Path root() {
    String home = System.getProperty("parley.home");
    return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
  }

  public static Path corpus() {
    return root().resolve("corpus");
  }

  public static Path config() {
    return root().resolve("index-config");
  }

  public static Path index() {
    return root().resolve("data").resolve("index");
  }
}

package org.parley.cli;

import java.nio.file.Path;

/**
 * Default locations, relative to the project folder the launcher passes as {@code parley.home} (the
 * working directory otherwise): the bundled corpus, the config, and the git-ignored data folder
 * holding the default index.
 */
final class ParleyHome {
  private ParleyHome() {}

  static Path root() {
    String home = System.getProperty("parley.home");
    return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
  }

  static Path corpus() {
    return root().resolve("corpus");
  }

  static Path config() {
    return root().resolve("index-config");
  }

  static Path index() {
    return root().resolve("data").resolve("index");
  }
}

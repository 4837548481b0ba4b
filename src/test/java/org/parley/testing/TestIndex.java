package org.parley.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.config.ServerConfig;
import org.parley.index.BuildOptions;
import org.parley.index.BuildReport;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;

/** Builds index generations for tests, the way {@code ./parley index} does. */
public final class TestIndex {
  private static Path bundled;

  private TestIndex() {}

  /** The project's {@code index-config/}, loaded. */
  public static ParleyConfig config() {
    return ParleyConfig.load(TestCorpus.config());
  }

  /** {@code config} with other server settings (rate limits, origins, ...). */
  public static ParleyConfig withServer(ParleyConfig config, ServerConfig server) {
    return new ParleyConfig(
        config.dir(), config.analysis(), config.topics(), server, config.speakers(), config.hash());
  }

  /**
   * The bundled corpus ({@code corpus/}) indexed with the project config, built once and shared by
   * every test that only reads it: the first caller builds it under {@code target/}, later callers
   * (in this JVM or the next lane's) find it up to date. Tests that rebuild or damage an index
   * build their own with {@link #build}.
   */
  public static synchronized Path bundled() throws IOException {
    if (bundled == null) {
      bundled =
          build(
              TestCorpus.bundled(), Path.of("target", "test-indexes", "bundled").toAbsolutePath());
    }
    return bundled;
  }

  /** Builds {@code corpusDir} into {@code indexDir} with the project config; returns the index. */
  public static Path build(Path corpusDir, Path indexDir) throws IOException {
    rebuild(corpusDir, indexDir, false);
    return indexDir;
  }

  /**
   * Builds a new generation of {@code corpusDir} into {@code indexDir} and switches to it; {@code
   * force} rebuilds even when nothing changed.
   */
  public static BuildReport rebuild(Path corpusDir, Path indexDir, boolean force)
      throws IOException {
    ParleyConfig config = config();
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis())) {
      return new IndexBuilder(config, analyzers, new IndexGenerations(indexDir), 1)
          .build(new BuildOptions(corpusDir, false, force, false));
    }
  }
}

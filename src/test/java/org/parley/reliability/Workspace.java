package org.parley.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.BuildOptions;
import org.parley.index.BuildReport;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;
import org.parley.search.SearchStack;

/**
 * A corpus folder, a copy of the shipped config and an index folder under one temporary folder,
 * with the builder and search stack the tests drive. Closing it closes the analyzers.
 */
final class Workspace implements AutoCloseable {
  static final long SEED = 20220107L;

  final Path root;
  final Path corpus;
  final Path configDir;
  final Path index;
  final ParleyConfig config;
  final ParleyAnalyzers analyzers;
  final IndexGenerations generations;

  private Workspace(Path root, Path corpus, Path configDir, Path index) {
    this.root = root;
    this.corpus = corpus;
    this.configDir = configDir;
    this.index = index;
    this.config = ParleyConfig.load(configDir);
    this.analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
    this.generations = new IndexGenerations(index);
  }

  /** A workspace whose corpus is {@code documents} synthetic transcripts of epoch 1. */
  static Workspace create(Path root, int documents, int paragraphs) throws IOException {
    Path corpus = root.resolve("corpus");
    SyntheticCorpus.write(corpus, SEED, documents, paragraphs, 1);
    return new Workspace(root, corpus, copyConfig(root.resolve("config")), root.resolve("index"));
  }

  /** A workspace over an existing corpus folder, with its config and index under {@code root}. */
  static Workspace over(Path root, Path corpus) throws IOException {
    return new Workspace(root, corpus, copyConfig(root.resolve("config")), root.resolve("index"));
  }

  /**
   * A copy of another workspace's folders (corpus, config, index with its generations): tests that
   * damage an index start from one built once.
   */
  static Workspace copyOf(Workspace template, Path root) throws IOException {
    copyTree(template.root, root);
    return new Workspace(
        root, root.resolve("corpus"), root.resolve("config"), root.resolve("index"));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().endsWith(".lock")) {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Copies the shipped {@code index-config/} so a test may change it. */
  static Path copyConfig(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("index-config"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target;
  }

  /** The same folders with the config read again: what the next command would see. */
  Workspace reloaded() {
    return new Workspace(root, corpus, configDir, index);
  }

  /** Arguments of {@code parley index} on this workspace, for a child JVM. */
  String[] indexArgs(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "index",
                "--corpus",
                corpus.toString(),
                "--index",
                index.toString(),
                "--config",
                configDir.toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  IndexBuilder builder() {
    return new IndexBuilder(config, analyzers, generations, 2);
  }

  BuildReport build(boolean force) throws IOException {
    return builder().build(options(force));
  }

  BuildOptions options(boolean force) {
    return new BuildOptions(corpus, false, force, false);
  }

  /** Opens the live generation as a server would (no polling unless asked). */
  SearchStack open(long pollMillis) throws IOException {
    return SearchStack.open(index, config, pollMillis);
  }

  /** The golden answers of the live generation, through a fresh search stack. */
  Map<String, String> answers() throws IOException {
    try (SearchStack stack = open(0)) {
      return GoldenAnswers.of(stack.search());
    }
  }

  String live() {
    return generations.current().orElseThrow();
  }

  @Override
  public void close() {
    analyzers.close();
  }
}

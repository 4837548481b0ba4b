package org.parley.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.http.page.PageRoutes;
import org.parley.index.BuildOptions;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;
import org.parley.search.SearchStack;

/** A real Parley server on a free port over {@link WebCorpus}, for browser and HTTP tests. */
final class ParleyServer implements AutoCloseable {
  private final Path dir;
  private final SearchStack stack;
  private final Javalin app;

  private ParleyServer(Path dir, SearchStack stack, Javalin app) {
    this.dir = dir;
    this.stack = stack;
    this.app = app;
  }

  /**
   * Indexes the corpus and starts serving; {@code allowedOrigins} may call the API cross-origin.
   */
  static ParleyServer start(Set<String> allowedOrigins) throws IOException {
    Path dir = Files.createTempDirectory("parley-web-");
    Path corpus = WebCorpus.write(Files.createDirectory(dir.resolve("corpus")));
    Path index = dir.resolve("index");
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis())) {
      new IndexBuilder(config, analyzers, new IndexGenerations(index), 1)
          .build(new BuildOptions(corpus, true, false, false));
    }
    SearchStack stack = SearchStack.open(index, config, 0);
    PageRoutes pages = new PageRoutes(stack.search(), stack.browse());
    StandInApi api = new StandInApi(stack, allowedOrigins);
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              pages.register(cfg);
              api.register(cfg);
            });
    app.start("127.0.0.1", 0);
    return new ParleyServer(dir, stack, app);
  }

  /** {@code http://127.0.0.1:PORT} */
  String origin() {
    return "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    stack.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

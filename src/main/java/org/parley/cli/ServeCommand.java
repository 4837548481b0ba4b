package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.http.ApiDependencies;
import org.parley.http.HttpSettings;
import org.parley.http.ParleyServer;
import org.parley.http.page.PageRoutes;
import org.parley.index.BuildOptions;
import org.parley.index.BuildReport;
import org.parley.index.IndexBuilder;
import org.parley.index.IndexGenerations;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchStack;
import org.parley.search.SuggestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve}: the search pages and the HTTP API over the live index generation, following
 * rebuilds made by other processes within about a second. With no index yet, builds one from the
 * corpus first. This is the composition root of the server: config, index, services, pages.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the HTTP API. Builds the index from the corpus first if there is none yet, and"
          + " switches to each new generation './parley index' makes. SIGTERM or Ctrl-C stops it"
          + " gracefully."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  /** How often the live generation pointer is checked. */
  static final long POLL_MILLIS = 1000;

  @Spec CommandSpec spec;

  @Option(names = "--index", description = "Index folder (default: data/index).")
  Path index;

  @Option(
      names = "--corpus",
      description =
          "Transcripts folder, used only to build a missing or outdated index (default: corpus/).")
  Path corpus;

  @Option(names = "--config", description = "Config folder (default: index-config/).")
  Path config;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--allow-origin",
      description =
          "An origin (https://example.org) whose pages may call the API from a browser;"
              + " repeatable; adds to server.yaml's allowed_origins.")
  List<String> allowOrigins = new ArrayList<>();

  @Option(
      names = "--train-and-exit",
      hidden = true,
      description =
          "The launcher's training run for the JVM's ahead-of-time cache: builds a missing index,"
              + " warms up, starts and stops the server on a free port, then exits.")
  boolean trainAndExit;

  @Override
  public Integer call() throws Exception {
    ParleyConfig cfg = ParleyConfig.load(config != null ? config : ParleyHome.config());
    Path indexDir = index != null ? index : ParleyHome.index();
    buildIfMissingOrOutdated(cfg, indexDir);
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (SearchStack stack = SearchStack.open(indexDir, cfg, POLL_MILLIS);
        SuggestService suggest = new SuggestService(stack.searchers())) {
      suggest.warm();
      // The JIT compiles the search path before the ready line, and each new generation is
      // searched before it goes live (the poller thread waits for it, requests do not).
      WarmUp warmUp = new WarmUp(stack.search(), WarmUp.BUDGET);
      ParleySearcher live = stack.searchers().acquire();
      try {
        warmUp.run(live);
      } finally {
        stack.searchers().release(live);
      }
      stack.searchers().warmWith(warmUp::run);
      PageRoutes pages = new PageRoutes(stack.search(), stack.browse(), stack.phrases());
      ApiDependencies deps =
          ApiDependencies.of(stack, suggest, cfg, allowOrigins).withWebRoutes(pages::register);
      HttpSettings limits = deps.settings();
      LOG.info(
          "settings: allowed origins {}, {} requests/s per client (burst {}), {} concurrent"
              + " searches, {} ms per query, trusted proxies {}, idle timeout {} ms",
          limits.allowedOrigins(),
          limits.requestsPerSecond(),
          limits.burst(),
          limits.maxConcurrentSearches(),
          cfg.server().queryTimeoutMs(),
          limits.trustedProxies(),
          limits.idleTimeoutMillis());
      ParleyServer server;
      try {
        server = ParleyServer.start(deps, host, trainAndExit ? 0 : port);
      } catch (ParleyServer.ServerStartException e) {
        spec.commandLine().getErr().println("parley: " + e.getMessage());
        return CliErrors.EXIT_USER_ERROR;
      }
      if (trainAndExit) {
        server.close();
        LOG.info("training run done");
        return 0;
      }
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stop(server, stopped, closed), "parley-shutdown"));
      LOG.info(
          "Parley is serving {} (index generation {}, {} paragraphs)",
          server.baseUri(),
          stack.browse().generation(),
          stack.browse().stats().paragraphs());
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /**
   * The shutdown hook: stops the server gracefully (new requests refused, requests in flight
   * finished), lets the main thread close the index, then ends the JVM with status 0.
   *
   * <p>NOTE: a JVM ended by SIGTERM exits with 143 unless a hook halts it; halting is safe here
   * because this hook runs last in a serve process and everything is closed before it halts.
   */
  private static void stop(ParleyServer server, CountDownLatch stopped, CountDownLatch closed) {
    LOG.info("stopping: finishing requests in flight");
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.warn("the server did not stop cleanly: {}", e.toString());
    }
    stopped.countDown();
    try {
      closed.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("stopped");
    System.err.flush();
    Runtime.getRuntime().halt(0);
  }

  private void buildIfMissingOrOutdated(ParleyConfig cfg, Path indexDir) throws Exception {
    IndexGenerations generations = new IndexGenerations(indexDir);
    Path corpusDir = corpus != null ? corpus : ParleyHome.corpus();
    if (generations.current().isPresent()) {
      if (IndexBuilder.liveHasCurrentSchema(generations)) {
        return;
      }
      LOG.info(
          "the index at {} was built by an older release; rebuilding it from {}",
          indexDir,
          corpusDir);
    } else {
      LOG.info("no index at {} yet; building it from {}", indexDir, corpusDir);
    }
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(cfg.dir(), cfg.analysis())) {
      BuildReport report =
          new IndexBuilder(cfg, analyzers, generations)
              .build(new BuildOptions(corpusDir, false, false, true));
      LOG.info(
          "built generation {}: {} documents, {} paragraphs",
          report.generation(),
          report.documents(),
          report.paragraphs());
      PrintWriter out = spec.commandLine().getOut();
      IndexCommand.printSources(report.sources(), out);
      out.flush();
    }
  }
}

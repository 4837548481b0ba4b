package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.http.ApiDependencies;
import org.parley.http.HttpSettings;
import org.parley.http.HttpWarmUp;
import org.parley.http.ParleyServer;
import org.parley.http.RequestSample;
import org.parley.http.RequestSampleFile;
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

  /** The warm-up of a start that built the index first (see {@link #warmUpTime}). */
  static final Duration FIRST_RUN_WARM_UP = Duration.ofSeconds(3);

  /** How often the live generation pointer is checked. */
  static final long POLL_MILLIS = 1000;

  /**
   * How often the sample of searches is written beside the index while serving (and once more at a
   * graceful stop), so a crash loses at most this much of it.
   */
  static final Duration SAMPLE_WRITE_INTERVAL = Duration.ofMinutes(5);

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
    boolean built = buildIfMissingOrOutdated(cfg, indexDir);
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (SearchStack stack = SearchStack.open(indexDir, cfg, POLL_MILLIS);
        SuggestService suggest = new SuggestService(stack.searchers())) {
      suggest.warm();
      // Each new generation is searched before it goes live (the poller thread waits for it,
      // requests do not).
      WarmUp warmUp = new WarmUp(stack.search(), WarmUp.BUDGET);
      stack.searchers().warmWith(warmUp::run);
      PageRoutes pages = new PageRoutes(stack.search(), stack.browse(), stack.phrases());
      RequestSampleFile sampleFile = RequestSampleFile.in(indexDir);
      RequestSample sample = new RequestSample(cfg.server().warmUpReplay());
      ApiDependencies deps =
          ApiDependencies.of(stack, suggest, cfg, allowOrigins)
              .withWebRoutes(pages::register)
              .withSample(sample);
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
      int listenPort = trainAndExit ? 0 : port;
      Duration warmUpTime = warmUpTime(cfg, built);
      try {
        server =
            warmUpTime.isZero()
                ? ParleyServer.start(deps, host, listenPort)
                : ParleyServer.startWarm(
                    deps,
                    host,
                    listenPort,
                    loopback -> warmOverHttp(stack, cfg, sampleFile, loopback, warmUpTime));
      } catch (ParleyServer.ServerStartException e) {
        spec.commandLine().getErr().println("parley: " + e.getMessage());
        return CliErrors.EXIT_USER_ERROR;
      }
      if (trainAndExit) {
        server.close();
        LOG.info("training run done");
        return 0;
      }
      ScheduledExecutorService sampleWriter = writeEvery(sample, sampleFile);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    sampleWriter.shutdownNow();
                    stop(server, () -> write(sample, sampleFile), stopped, closed);
                  },
                  "parley-shutdown"));
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
   * The start-up warm-up: the live generation's representative requests, and the searches sampled
   * from the last run's traffic ({@code sampleFile}), sent over loopback HTTP by one client per
   * core (the JIT's compiler threads need the rest of the machine) for {@code time}, before the
   * public port accepts connections.
   */
  private static void warmOverHttp(
      SearchStack stack,
      ParleyConfig config,
      RequestSampleFile sampleFile,
      URI loopback,
      Duration time)
      throws IOException, InterruptedException {
    List<String> generated;
    ParleySearcher live = stack.searchers().acquire();
    try {
      generated = WarmUpRequests.of(stack.search(), live, config);
    } finally {
      stack.searchers().release(live);
    }
    int replay = config.server().warmUpReplay();
    List<String> recorded = replay == 0 ? List.of() : sampleFile.read(replay);
    LOG.info(
        "warming up with {} requests made from the index and {} recorded from earlier traffic",
        generated.size(),
        recorded.size());
    List<String> paths = WarmUpRequests.alternate(generated, recorded);
    int clients = Runtime.getRuntime().availableProcessors();
    HttpWarmUp.Result result = new HttpWarmUp(paths, clients).run(loopback, time);
    LOG.info(
        "warmed up with {} requests over HTTP ({} kinds, {} clients) in {} ms{}; per second: {}",
        result.requests(),
        paths.size(),
        clients,
        result.took().toMillis(),
        result.settled() ? ", the JIT's compile queue drained" : "",
        result.perSecond());
    if (result.notOk() > 0) {
      // Not fatal: the server still serves; but the warm-up exercised an error path instead.
      LOG.warn("{} warm-up requests failed; the first: {}", result.notOk(), result.firstNotOk());
    }
  }

  /**
   * The shutdown hook: stops the server gracefully (new requests refused, requests in flight
   * finished), runs {@code afterRequests} (which writes the sample of searches, now complete), lets
   * the main thread close the index, then ends the JVM with status 0.
   *
   * <p>NOTE: a JVM ended by SIGTERM exits with 143 unless a hook halts it; halting is safe here
   * because this hook runs last in a serve process and everything is closed before it halts.
   */
  private static void stop(
      ParleyServer server, Runnable afterRequests, CountDownLatch stopped, CountDownLatch closed) {
    LOG.info("stopping: finishing requests in flight");
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.warn("the server did not stop cleanly: {}", e.toString());
    }
    afterRequests.run();
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

  /** Writes {@code sample} to {@code file} every {@link #SAMPLE_WRITE_INTERVAL}. */
  private static ScheduledExecutorService writeEvery(RequestSample sample, RequestSampleFile file) {
    ScheduledExecutorService writer =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("parley-sample-writer").daemon().unstarted(task));
    long every = SAMPLE_WRITE_INTERVAL.toMillis();
    writer.scheduleWithFixedDelay(() -> write(sample, file), every, every, TimeUnit.MILLISECONDS);
    return writer;
  }

  /** Writes the sample; a failure is logged, never raised: the server goes on without it. */
  private static void write(RequestSample sample, RequestSampleFile file) {
    try {
      file.write(sample);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot write the sample of searches to {}: {}", file.path(), e.toString());
    }
  }

  /**
   * {@code warm_up_ms}, except on a start that had to build the index first: that is someone's
   * first run (or the first after an upgrade), with no traffic waiting, so it warms up for at most
   * {@link #FIRST_RUN_WARM_UP} and is ready sooner.
   */
  private static Duration warmUpTime(ParleyConfig cfg, boolean built) {
    Duration configured = Duration.ofMillis(cfg.server().warmUpMs());
    if (built && configured.compareTo(FIRST_RUN_WARM_UP) > 0) {
      LOG.info(
          "the index was just built: warming up for {} s only (later starts: {} s)",
          FIRST_RUN_WARM_UP.toSeconds(),
          configured.toMillis() / 1000.0);
      return FIRST_RUN_WARM_UP;
    }
    return configured;
  }

  /** Returns whether it built the index. */
  private boolean buildIfMissingOrOutdated(ParleyConfig cfg, Path indexDir) throws Exception {
    IndexGenerations generations = new IndexGenerations(indexDir);
    Path corpusDir = corpus != null ? corpus : ParleyHome.corpus();
    if (generations.current().isPresent()) {
      if (IndexBuilder.liveHasCurrentSchema(generations)) {
        return false;
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
    return true;
  }
}

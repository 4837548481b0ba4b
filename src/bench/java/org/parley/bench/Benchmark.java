package org.parley.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.IndexGenerations;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.search.SearchStack;

/**
 * One benchmark run, luceneutil style: generate (or reuse) a seeded corpus; rebuild Parley's index
 * with the real CLI in a child JVM and index the same paragraphs with a plain {@code IndexWriter};
 * start Parley's server and the minimal raw-Lucene server, each in a child JVM with the same flags,
 * over the same index generation; check that every side returns the same top hits; then drive each
 * side with the same closed-loop client, mix and seed, interleaved, and report ratios.
 */
public final class Benchmark {
  /** Marks a work folder as the benchmark's own: only such a folder is ever cleaned. */
  static final String MARKER = ".parley-bench";

  private static final String CORPUS_STAMP = "corpus.properties";
  private static final String GENERATOR_VERSION = "1";
  private static final Pattern REBUILD_TIMES =
      Pattern.compile("time: ([0-9.]+) s parsing, ([0-9.]+) s indexing");
  private static final long MAX_REQUESTS_PER_RUN = 5_000_000;
  private static final Duration SERVER_START = Duration.ofMinutes(15);
  private static final Duration REBUILD_LIMIT = Duration.ofMinutes(60);

  /** Warm-up of a side's later turns: enough to refill connections and caches after a switch. */
  private static final Duration ROUND_SETTLE = Duration.ofSeconds(1);

  /** The side every other side's hits are compared with. */
  static final String REFERENCE = "parley-http";

  /**
   * How to run.
   *
   * @param work the benchmark's folder (corpus, indexes, config copy, logs)
   * @param trainingCorpus real transcripts the generator's word model learns from
   * @param config Parley's config folder
   * @param rounds turns each side takes per mix and concurrency, sharing {@code duration}
   * @param serverJvmFlags extra flags for both server JVMs (a profiler, a heap size)
   * @param mix the requests ({@link QueryMix#load()}: the checked-in mix)
   * @param log where progress goes
   */
  public record Options(
      Path work,
      Path trainingCorpus,
      Path config,
      int paragraphs,
      long seed,
      Duration warmup,
      Duration duration,
      int rounds,
      List<Integer> concurrency,
      int indexingThreads,
      List<String> serverJvmFlags,
      QueryMix mix,
      PrintWriter log) {
    public Options {
      concurrency = List.copyOf(concurrency);
      serverJvmFlags = List.copyOf(serverJvmFlags);
      if (rounds < 1) {
        throw new IllegalArgumentException("rounds must be at least 1");
      }
      if (paragraphs < 1) {
        throw new IllegalArgumentException("paragraphs must be at least 1");
      }
      if (concurrency.isEmpty() || concurrency.stream().anyMatch(c -> c < 1 || c > 64)) {
        throw new IllegalArgumentException("concurrency levels must be between 1 and 64");
      }
    }
  }

  private final Options options;
  private final Path work;
  private final long started = System.nanoTime();

  private Benchmark(Options options) {
    this.options = options;
    this.work = options.work().toAbsolutePath().normalize();
  }

  public static BenchReport run(Options options) throws Exception {
    return new Benchmark(options).run();
  }

  private BenchReport run() throws Exception {
    double loadAtStart = loadAverage();
    claimWorkFolder();
    BenchReport.Corpus corpus = corpus();
    Path config = benchConfig();
    Path indexRoot = work.resolve("index");
    Path rawIndex = work.resolve("raw-index");
    IOUtils.rm(indexRoot, rawIndex);
    BenchReport.Indexing indexing = index(config, indexRoot, rawIndex);
    Path generation = liveGeneration(indexRoot);
    ParleyConfig parleyConfig = ParleyConfig.load(config);

    QueryMix searchMix = options.mix();
    Map<String, QueryMix> mixes = new LinkedHashMap<>();
    mixes.put("search", searchMix);
    mixes.put("facets", searchMix.withAllFacets());

    List<BenchReport.Agreement> agreement = new ArrayList<>();
    List<BenchReport.Run> runs = new ArrayList<>();
    ClosedLoop.Stats suggest;
    List<BenchReport.PhraseRun> phrases;
    Map<String, Long> heap = new LinkedHashMap<>();
    List<String> serverFlags = serverFlags();
    try (ServerHandle parleyServer = startParley(config, indexRoot, serverFlags);
        ServerHandle rawServer = startRaw(config, generation, serverFlags);
        ServerHandle minimalServer =
            startBaseline(
                "minimal-http", MinimalLuceneServer.class, config, generation, serverFlags);
        RawLuceneSearcher rawSearcher = RawLuceneSearcher.open(generation, parleyConfig);
        SearchStack parleyStack = SearchStack.open(indexRoot, parleyConfig, 0);
        HttpTarget parleyHttp = new HttpTarget(REFERENCE, parleyServer.base);
        HttpTarget rawHttp = new HttpTarget("raw-http", rawServer.base);
        HttpTarget minimalHttp = new HttpTarget("minimal-http", minimalServer.base)) {
      List<SearchTarget> sides =
          List.of(
              parleyHttp,
              rawHttp,
              minimalHttp,
              InProcessTargets.raw(rawSearcher),
              InProcessTargets.parley(parleyStack.search()));
      for (Map.Entry<String, QueryMix> mix : mixes.entrySet()) {
        agreement.addAll(agreement(mix.getKey(), mix.getValue(), sides));
      }
      for (Map.Entry<String, QueryMix> mix : mixes.entrySet()) {
        // The minimal server counts no facets: it is measured on the search mix only.
        List<SearchTarget> measured =
            mix.getKey().equals("search")
                ? sides
                : sides.stream().filter(side -> side != minimalHttp).toList();
        for (int concurrency : options.concurrency()) {
          runs.addAll(measure(mix.getKey(), mix.getValue(), concurrency, measured));
        }
      }
      suggest = suggest(parleyHttp, searchMix);
      List<String> picked =
          PhraseBench.pick(
              parleyHttp, PhraseBench.candidates(work.resolve("corpus"), options.paragraphs()));
      log("phrase history of %s...", picked);
      phrases =
          PhraseBench.measure(
              parleyHttp,
              picked,
              options.warmup(),
              options.duration(),
              options.seed(),
              options.log());
      heap.put(REFERENCE, parleyServer.jvm.heapAfterGc());
      heap.put("raw-http", rawServer.jvm.heapAfterGc());
    }
    BenchReport.WarmUpCurve warmUp = warmUpCurve(config, indexRoot, serverFlags, searchMix, runs);
    BenchReport.Settings settings =
        new BenchReport.Settings(
            options.paragraphs(),
            options.seed(),
            options.warmup().toMillis() / 1000.0,
            options.duration().toMillis() / 1000.0,
            options.rounds(),
            options.concurrency(),
            options.indexingThreads(),
            searchMix.queries().size(),
            searchMix.categories(),
            serverFlags,
            "Both servers run in child JVMs with the same flags and the load generator on the"
                + " same machine; Parley's per-client rate limit is lifted in the benchmark's"
                + " config copy. Raw indexing: same fields, analyzers, threads and RAM buffer,"
                + " no topic tagging, no corpus order, no verification.");
    List<BenchReport.Ratio> ratios = Ratios.of(runs);
    List<BenchReport.Target> targets =
        new ArrayList<>(Targets.check(options.paragraphs(), indexing, ratios, suggest, heap));
    targets.add(Targets.phrase(options.paragraphs(), phrases));
    targets.add(Targets.warmUp(warmUp));
    return new BenchReport(
        machine(loadAtStart, loadAverage()),
        settings,
        corpus,
        indexing,
        agreement,
        runs,
        ratios,
        suggest,
        heap,
        warmUp,
        targets,
        phrases);
  }

  /** Refuses a non-empty folder that is not the benchmark's: nothing else is ever deleted. */
  private void claimWorkFolder() throws IOException {
    Files.createDirectories(work);
    boolean empty;
    try (Stream<Path> entries = Files.list(work)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty && !Files.exists(work.resolve(MARKER))) {
      throw new IOException(
          work + " is not empty and not a benchmark folder (no " + MARKER + "); choose another");
    }
    Files.writeString(
        work.resolve(MARKER),
        "Folder of 'parley bench': generated corpus, indexes and logs. Safe to delete.\n",
        StandardCharsets.UTF_8);
  }

  /** Generates the corpus, or reuses the one a previous run generated with the same settings. */
  private BenchReport.Corpus corpus() throws IOException {
    Path dir = work.resolve("corpus");
    Path stampFile = work.resolve(CORPUS_STAMP);
    String stamp =
        "paragraphs=%d%nseed=%d%ngenerator=%s%n"
            .formatted(options.paragraphs(), options.seed(), GENERATOR_VERSION);
    if (Files.isDirectory(dir)
        && Files.isRegularFile(stampFile)
        && Files.readString(stampFile, StandardCharsets.UTF_8).startsWith(stamp)) {
      log("reusing the corpus in %s (same paragraphs, seed and generator)", dir);
      String[] lines = Files.readString(stampFile, StandardCharsets.UTF_8).split("\n");
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : lines) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      return new BenchReport.Corpus(
          Integer.parseInt(values.getOrDefault("transcripts", "0")),
          options.paragraphs(),
          values.getOrDefault("first", ""),
          values.getOrDefault("last", ""),
          Long.parseLong(values.getOrDefault("bytes", "0")),
          Double.parseDouble(values.getOrDefault("seconds", "0")),
          true);
    }
    Files.deleteIfExists(stampFile);
    IOUtils.rm(dir);
    log("generating %,d paragraphs (seed %d)...", options.paragraphs(), options.seed());
    ParleyConfig config = ParleyConfig.load(options.config());
    CorpusGenerator generator =
        CorpusGenerator.trainedOn(
            options.trainingCorpus(),
            config.speakers(),
            Runtime.getRuntime().availableProcessors());
    CorpusGenerator.Result result = generator.generate(dir, options.paragraphs(), options.seed());
    log(
        "  %,d transcripts, %,d MB in %.1f s",
        result.transcripts(), result.bytes() >> 20, result.seconds());
    Files.writeString(
        stampFile,
        stamp
            + "transcripts=%d%nfirst=%s%nlast=%s%nbytes=%d%nseconds=%.3f%n"
                .formatted(
                    result.transcripts(),
                    result.firstDate(),
                    result.lastDate(),
                    result.bytes(),
                    result.seconds()),
        StandardCharsets.UTF_8);
    return new BenchReport.Corpus(
        result.transcripts(),
        result.paragraphs(),
        result.firstDate().toString(),
        result.lastDate().toString(),
        result.bytes(),
        result.seconds(),
        false);
  }

  /**
   * A copy of the config folder for the servers, with the per-client rate limit lifted: the
   * benchmark is one client on the loopback address sending far more than a person would.
   */
  private Path benchConfig() throws IOException {
    Path dir = work.resolve("config");
    IOUtils.rm(dir);
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(options.config())) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    ParleyConfig original = ParleyConfig.load(options.config());
    Files.writeString(
        dir.resolve(ParleyConfig.SERVER_FILE),
        """
        # Benchmark copy of server.yaml: one local client drives the load, so the per-client
        # rate limit is lifted; everything else is as configured.
        allowed_origins: []
        query_timeout_ms: %d
        max_concurrent_searches: %d
        requests_per_second: 1000000
        burst: 1000000
        trusted_proxies: []
        """
            .formatted(
                original.server().queryTimeoutMs(), original.server().maxConcurrentSearches()),
        StandardCharsets.UTF_8);
    return dir;
  }

  private BenchReport.Indexing index(Path config, Path indexRoot, Path rawIndex)
      throws IOException, InterruptedException {
    int threads = options.indexingThreads();
    log("rebuilding with 'parley index' (%d threads)...", threads);
    long start = System.nanoTime();
    Path rebuildLog = work.resolve("logs").resolve("rebuild.log");
    int exit;
    try (ChildJvm rebuild =
        ChildJvm.start(
            "parley index",
            baseJvmFlags(),
            "org.parley.cli.ParleyCommand",
            List.of(
                "index",
                "--corpus",
                work.resolve("corpus").toString(),
                "--index",
                indexRoot.toString(),
                "--config",
                config.toString(),
                "--force",
                "--threads",
                Integer.toString(threads)),
            rebuildLog)) {
      exit = rebuild.waitFor(REBUILD_LIMIT);
      if (exit != 0) {
        throw new IOException("parley index exited with " + exit + "; " + rebuild.logTail());
      }
    }
    double rebuildSeconds = (System.nanoTime() - start) / 1e9;
    Matcher times = REBUILD_TIMES.matcher(Files.readString(rebuildLog, StandardCharsets.UTF_8));
    double parse = times.find() ? Double.parseDouble(times.group(1)) : Double.NaN;
    double indexAndVerify = times.find(0) ? Double.parseDouble(times.group(2)) : Double.NaN;
    log(
        "  %.1f s (%.1f s parsing, %.1f s indexing and verifying)",
        rebuildSeconds, parse, indexAndVerify);

    log("indexing the same paragraphs with a plain IndexWriter...");
    ParleyConfig parleyConfig = ParleyConfig.load(config);
    long parseStart = System.nanoTime();
    CorpusSnapshot snapshot =
        new CorpusReader(parleyConfig.speakers()).read(work.resolve("corpus"));
    double rawParse = (System.nanoTime() - parseStart) / 1e9;
    RawLuceneIndexer.Result raw;
    try (ParleyAnalyzers analyzers =
        ParleyAnalyzers.build(parleyConfig.dir(), parleyConfig.analysis())) {
      raw =
          RawLuceneIndexer.index(snapshot, RawLuceneIndexer.analyzer(analyzers), rawIndex, threads);
    }
    log("  %.1f s (after %.1f s parsing)", raw.seconds(), rawParse);
    log("indexing the same paragraphs as one text field with a plain IndexWriter...");
    Path plainIndex = work.resolve("plain-index");
    RawLuceneIndexer.Result plain = PlainLuceneIndexer.index(snapshot, plainIndex, threads);
    IOUtils.rm(plainIndex);
    log("  %.1f s", plain.seconds());
    int paragraphs = snapshot.paragraphCount();
    long parleyBytes = folderBytes(liveGeneration(indexRoot));
    long rawBytes = folderBytes(rawIndex);
    double rebuildRate = paragraphs / rebuildSeconds;
    return new BenchReport.Indexing(
        threads,
        rebuildSeconds,
        parse,
        indexAndVerify,
        rebuildRate,
        rawParse,
        raw.seconds(),
        raw.paragraphsPerSecond(),
        rebuildRate / raw.paragraphsPerSecond(),
        plain.seconds(),
        plain.paragraphsPerSecond(),
        rebuildRate / plain.paragraphsPerSecond(),
        parleyBytes,
        rawBytes,
        (double) parleyBytes / rawBytes);
  }

  private ServerHandle startParley(Path config, Path indexRoot, List<String> flags)
      throws IOException, InterruptedException {
    int port = freePort();
    log("starting Parley's server on port %d...", port);
    ChildJvm jvm =
        ChildJvm.start(
            REFERENCE,
            flags,
            "org.parley.cli.ParleyCommand",
            serveArgs(config, indexRoot, "--host", "127.0.0.1", "--port", Integer.toString(port)),
            work.resolve("logs").resolve("parley-server.log"));
    return ServerHandle.awaitReady(jvm, port);
  }

  /** {@code parley serve} over {@code indexRoot} with {@code config}, then {@code more}. */
  private static List<String> serveArgs(Path config, Path indexRoot, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("serve", "--index", indexRoot.toString(), "--config", config.toString()));
    args.addAll(List.of(more));
    return args;
  }

  private ServerHandle startRaw(Path config, Path generation, List<String> flags)
      throws IOException, InterruptedException {
    return startBaseline("raw-http", RawLuceneServer.class, config, generation, flags);
  }

  private ServerHandle startBaseline(
      String name, Class<?> main, Path config, Path generation, List<String> flags)
      throws IOException, InterruptedException {
    int port = freePort();
    log("starting %s (%s) on port %d...", name, main.getSimpleName(), port);
    ChildJvm jvm =
        ChildJvm.start(
            name,
            flags,
            main.getName(),
            List.of(generation.toString(), config.toString(), Integer.toString(port)),
            work.resolve("logs").resolve(name + ".log"));
    return ServerHandle.awaitReady(jvm, port);
  }

  /** A started server: its JVM and where it answers. Closing it stops the JVM. */
  static final class ServerHandle implements AutoCloseable {
    final ChildJvm jvm;
    final URI base;

    private ServerHandle(ChildJvm jvm, URI base) {
      this.jvm = jvm;
      this.base = base;
    }

    static ServerHandle awaitReady(ChildJvm jvm, int port)
        throws IOException, InterruptedException {
      URI base = URI.create("http://127.0.0.1:" + port);
      try {
        jvm.awaitHttp(base.resolve("/api/search?q=nato&size=1"), SERVER_START);
      } catch (IOException | InterruptedException | RuntimeException e) {
        jvm.close();
        throw e;
      }
      return new ServerHandle(jvm, base);
    }

    @Override
    public void close() throws InterruptedException {
      jvm.close();
    }
  }

  /** Every side's top hits for every request of {@code mix}, compared with the reference's. */
  private List<BenchReport.Agreement> agreement(
      String mixName, QueryMix mix, List<SearchTarget> sides) {
    log("checking that all sides return the same top hits (%s mix)...", mixName);
    List<List<String>> reference = new ArrayList<>();
    for (BenchQuery q : mix.queries()) {
      reference.add(idsOrError(sides.get(0), q));
    }
    List<BenchReport.Agreement> out = new ArrayList<>();
    for (SearchTarget side : sides.subList(1, sides.size())) {
      int same = 0;
      List<String> examples = new ArrayList<>();
      for (int i = 0; i < mix.queries().size(); i++) {
        BenchQuery q = mix.queries().get(i);
        List<String> ids = idsOrError(side, q);
        if (ids.equals(reference.get(i)) && !isError(ids)) {
          same++;
        } else if (examples.size() < 5) {
          examples.add(
              "%s [%s]: %s has %s, %s has %s"
                  .formatted(
                      q.queryString(),
                      q.category(),
                      REFERENCE,
                      head(reference.get(i)),
                      side.name(),
                      head(ids)));
        }
      }
      int n = mix.queries().size();
      out.add(new BenchReport.Agreement(mixName, side.name(), n, same, 100.0 * same / n, examples));
      log("  %s: %d/%d the same", side.name(), same, n);
    }
    return out;
  }

  private static List<String> idsOrError(SearchTarget side, BenchQuery q) {
    try {
      return side.topIds(q);
    } catch (Exception e) {
      return List.of("ERROR " + e);
    }
  }

  private static boolean isError(List<String> ids) {
    return ids.size() == 1 && ids.get(0).startsWith("ERROR ");
  }

  private static String head(List<String> ids) {
    return ids.size() <= 3 ? ids.toString() : ids.subList(0, 3) + "... (" + ids.size() + ")";
  }

  /**
   * Measures every side on one mix and concurrency in {@link Options#rounds()} rounds, the sides
   * taking turns within each round (and starting with a different side each round), so that a
   * change in the machine's background load falls on all sides alike. Each side's rounds are pooled
   * into one row.
   */
  private List<BenchReport.Run> measure(
      String mixName, QueryMix mix, int concurrency, List<SearchTarget> sides) {
    Map<SearchTarget, List<SearchTarget.Call>> calls = new LinkedHashMap<>();
    Map<SearchTarget, List<ClosedLoop.Recording>> recordings = new LinkedHashMap<>();
    for (SearchTarget side : sides) {
      calls.put(side, mix.queries().stream().map(side::prepare).toList());
      recordings.put(side, new ArrayList<>());
    }
    int rounds = options.rounds();
    Duration slice = options.duration().dividedBy(rounds);
    for (int round = 0; round < rounds; round++) {
      // The first turn of a side warms its JIT and caches fully; later turns only settle.
      for (int i = 0; i < sides.size(); i++) {
        SearchTarget side = sides.get((i + round) % sides.size());
        Duration warmup = round == 0 ? options.warmup() : min(options.warmup(), ROUND_SETTLE);
        recordings
            .get(side)
            .add(
                ClosedLoop.run(
                    calls.get(side),
                    concurrency,
                    warmup,
                    slice,
                    MAX_REQUESTS_PER_RUN,
                    options.seed() + round));
      }
    }
    List<BenchReport.Run> runs = new ArrayList<>();
    for (SearchTarget side : sides) {
      ClosedLoop.Stats stats = ClosedLoop.Recording.merge(recordings.get(side)).stats();
      log(
          "  %-7s c=%d %-14s %8.1f QPS  p50 %7.2f ms  p99 %7.2f ms%s",
          mixName,
          concurrency,
          side.name(),
          stats.qps(),
          stats.p50Millis(),
          stats.p99Millis(),
          stats.errors() > 0 ? "  ERRORS " + stats.errors() + ": " + stats.firstError() : "");
      runs.add(new BenchReport.Run(mixName, concurrency, side.name(), stats));
    }
    return runs;
  }

  /** Seconds of the warm-up curve. */
  private static final int CURVE_SECONDS = 30;

  /**
   * Starts Parley's server afresh and measures the search mix at the highest concurrency second by
   * second from its first answer, as a user arriving just after a (re)start would see it.
   */
  private BenchReport.WarmUpCurve warmUpCurve(
      Path config, Path indexRoot, List<String> flags, QueryMix mix, List<BenchReport.Run> runs)
      throws IOException, InterruptedException {
    int concurrency = options.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
    double steady =
        runs.stream()
            .filter(
                r ->
                    r.mix().equals("search")
                        && r.side().equals(REFERENCE)
                        && r.concurrency() == concurrency)
            .mapToDouble(r -> r.stats().qps())
            .findFirst()
            .orElse(Double.NaN);
    List<String> restartFlags = new ArrayList<>(flags);
    restartFlags.addAll(aheadOfTimeCache(config, indexRoot, flags));
    log("restarting Parley's server for the warm-up curve...");
    long start = System.nanoTime();
    List<Double> curve = new ArrayList<>();
    double startSeconds;
    try (ServerHandle fresh = startParley(config, indexRoot, restartFlags);
        HttpTarget http = new HttpTarget(REFERENCE, fresh.base)) {
      startSeconds = (System.nanoTime() - start) / 1e9;
      List<SearchTarget.Call> calls = mix.queries().stream().map(http::prepare).toList();
      for (int second = 0; second < CURVE_SECONDS; second++) {
        curve.add(
            ClosedLoop.run(
                    calls,
                    concurrency,
                    Duration.ZERO,
                    Duration.ofSeconds(1),
                    MAX_REQUESTS_PER_RUN,
                    options.seed() + second)
                .stats()
                .qps());
      }
    }
    double firstTen =
        curve.subList(0, 10).stream().mapToDouble(Double::doubleValue).average().orElse(0);
    log(
        "  answered %.1f s after its JVM started; first 10 s at %.0f%% of steady state",
        startSeconds, 100 * firstTen / steady);
    return new BenchReport.WarmUpCurve(concurrency, startSeconds, curve, steady, firstTen / steady);
  }

  /**
   * The flags that start a server from an ahead-of-time cache made as the launcher makes it (a
   * training run of {@code serve --train-and-exit} on the same index and class path), so the
   * restart measured is the one users get; none before JDK 25, which the launcher does not train.
   */
  private List<String> aheadOfTimeCache(Path config, Path indexRoot, List<String> flags)
      throws IOException, InterruptedException {
    if (Runtime.version().feature() < 25) {
      return List.of();
    }
    Path cache = work.resolve("parley.aot");
    Files.deleteIfExists(cache);
    log("training the ahead-of-time cache as the launcher does...");
    List<String> trainingFlags = new ArrayList<>(flags);
    trainingFlags.add("-XX:AOTCacheOutput=" + cache);
    trainingFlags.add("-Xlog:aot=error,cds=error");
    try (ChildJvm training =
        ChildJvm.start(
            "training run",
            trainingFlags,
            "org.parley.cli.ParleyCommand",
            serveArgs(config, indexRoot, "--train-and-exit"),
            work.resolve("logs").resolve("aot-training.log"))) {
      int exit = training.waitFor(SERVER_START);
      if (exit != 0 || !Files.isRegularFile(cache)) {
        log("  the training run failed (exit %d); restarting without the cache", exit);
        return List.of();
      }
    }
    return List.of("-XX:AOTCache=" + cache, "-Xlog:aot=error,cds=error");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private ClosedLoop.Stats suggest(HttpTarget parley, QueryMix mix) {
    List<SearchTarget.Call> calls = new ArrayList<>();
    for (String prefix : mix.suggestPrefixes()) {
      calls.add(
          parley.prepareGet(
              "/api/suggest?q=" + java.net.URLEncoder.encode(prefix, StandardCharsets.UTF_8)));
    }
    ClosedLoop.Stats stats =
        ClosedLoop.run(
                calls,
                1,
                options.warmup(),
                options.duration(),
                MAX_REQUESTS_PER_RUN,
                options.seed())
            .stats();
    log(
        "  suggest c=1 %-14s %8.1f QPS  p50 %7.2f ms  p99 %7.2f ms%s",
        REFERENCE,
        stats.qps(),
        stats.p50Millis(),
        stats.p99Millis(),
        stats.errors() > 0 ? "  ERRORS " + stats.errors() + ": " + stats.firstError() : "");
    return stats;
  }

  /** Flags of every child JVM: what the launcher gives Parley (FFM access, the vector API). */
  private static List<String> baseJvmFlags() {
    return List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector");
  }

  /**
   * Flags of the server JVMs: what the launcher gives {@code serve}, including the extra compiler
   * threads it asks for on a machine of four cores or fewer, then the run's own.
   */
  private List<String> serverFlags() {
    List<String> flags = new ArrayList<>(baseJvmFlags());
    if (Runtime.getRuntime().availableProcessors() <= 4) {
      flags.add("-XX:CICompilerCount=6");
    }
    flags.addAll(options.serverJvmFlags());
    return flags;
  }

  private static Path liveGeneration(Path indexRoot) {
    IndexGenerations generations = new IndexGenerations(indexRoot);
    return generations.path(
        generations
            .current()
            .orElseThrow(() -> new IllegalStateException("no live generation in " + indexRoot)));
  }

  private static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long sum = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        sum += Files.size(f);
      }
      return sum;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static BenchReport.Machine machine(double loadAtStart, double loadAtEnd) {
    return new BenchReport.Machine(
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("java.vm.name"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory(),
        loadAtStart,
        loadAtEnd);
  }

  /** The one-minute load average, or -1 where the OS does not tell. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private void log(String format, Object... args) {
    PrintWriter out = Objects.requireNonNull(options.log());
    out.printf(Locale.ROOT, "[%6.1f s] ", (System.nanoTime() - started) / 1e9);
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}

package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.parley.analysis.AcronymLearner;
import org.parley.analysis.AcronymTable;
import org.parley.analysis.AnalysedText;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.ingest.AttributionCounts;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;
import org.parley.tagging.TopicTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new generation offline and swaps it in: read a snapshot of the corpus, tag and index it
 * with one {@link IndexWriter}, commit, verify, then point {@code CURRENT} at it. Any failure
 * before the pointer moves leaves the live generation serving; the partial folder is removed by the
 * next build.
 */
public final class IndexBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
  private static final int SMOKE_SAMPLES = 5;

  /**
   * Indexing buffer of the one writer thread. A full buffer is written as a segment by the {@link
   * BackgroundFlusher}, off the writer thread, while the next one fills; a buffer far larger than
   * this would leave most of the flushing to the end of the build.
   */
  public static final double RAM_BUFFER_MB = 64;

  /**
   * Transcripts analysed ahead of the writer: enough to keep it busy, few enough to bound memory.
   */
  private static final int PREPARED_AHEAD = 16;

  private final ParleyConfig config;
  private final ParleyAnalyzers analyzers;
  private final IndexGenerations generations;
  private final int threads;
  private final DirectoryOpener opener;

  /** Opens the folder a new generation is written to. */
  @FunctionalInterface
  public interface DirectoryOpener {
    Directory open(Path dir) throws IOException;
  }

  public IndexBuilder(
      ParleyConfig config, ParleyAnalyzers analyzers, IndexGenerations generations) {
    this(config, analyzers, generations, Runtime.getRuntime().availableProcessors());
  }

  public IndexBuilder(
      ParleyConfig config, ParleyAnalyzers analyzers, IndexGenerations generations, int threads) {
    this(config, analyzers, generations, threads, FSDirectory::open);
  }

  private IndexBuilder(
      ParleyConfig config,
      ParleyAnalyzers analyzers,
      IndexGenerations generations,
      int threads,
      DirectoryOpener opener) {
    this.config = config;
    this.analyzers = analyzers;
    this.generations = generations;
    this.threads = Math.max(1, threads);
    this.opener = opener;
  }

  /**
   * The same builder writing through {@code opener}: the fault-injection tests wrap the directory
   * to simulate a full disk, as Lucene's own tests do with {@code MockDirectoryWrapper}.
   */
  public IndexBuilder withDirectoryOpener(DirectoryOpener opener) {
    return new IndexBuilder(config, analyzers, generations, threads, opener);
  }

  /** Runs one rebuild; throws {@link BuildRefusedException} when it must not go live. */
  public BuildReport build(BuildOptions options) throws IOException {
    // Rules are compiled before anything is read or written: a bad rule fails fast.
    TopicTagger tagger =
        TopicTagger.compile(
            config.topics(), Schema.TEXT, analyzers.queryStemmed(), analyzers.indexStemmed());
    try (IndexGenerations.BuildLock lock = generations.lock()) {
      Optional<String> live = generations.current();
      Optional<CommitInfo> liveInfo = live.flatMap(this::readInfo);

      long parseStart = System.nanoTime();
      CorpusSnapshot corpus = new CorpusReader(config.speakers()).read(options.corpusDir());
      double parseSeconds = seconds(parseStart);
      for (var skipped : corpus.skipped()) {
        LOG.warn("skipped {}: {}", skipped.file(), skipped.reason());
      }
      if (options.strict() && !corpus.skipped().isEmpty()) {
        throw new BuildRefusedException(
            "--strict: %d file(s) could not be used (first: %s: %s); the live index is unchanged"
                .formatted(
                    corpus.skipped().size(),
                    corpus.skipped().get(0).file(),
                    corpus.skipped().get(0).reason()));
      }
      if (!options.force()
          && liveInfo.isPresent()
          && liveInfo.get().corpusHash().equals(corpus.contentHash())
          && liveInfo.get().configHash().equals(configStamp(config))) {
        LOG.info("corpus and config unchanged since {}; nothing to rebuild", live.get());
        return summary(live.get(), true, corpus, Map.of(), List.of(), parseSeconds, 0);
      }

      // The name is taken before leftovers go: a generation rolled back from (or left by a killed
      // build) may have been served under its name, which is also the ETag of responses, so a
      // different index never reuses it.
      String generation = generations.nextName();
      // Leftovers of killed or failed builds go now, before the new folder is created.
      List<String> deleted = new ArrayList<>(generations.deleteAllExcept(keep(live)));
      Path dir = generations.path(generation);
      long indexStart = System.nanoTime();
      FirstIndexed firstIndexed = firstIndexed(live);
      Map<String, Long> topicCounts;
      try {
        topicCounts =
            writeGeneration(dir, generation, corpus, tagger, firstIndexed, options.showProgress());
        CommitInfo info = IndexVerifier.verify(dir, corpus.paragraphCount(), sampleIds(corpus));
        refuseDrasticShrink(info, liveInfo, options.force());
      } catch (IOException | RuntimeException e) {
        IOUtils.rm(dir);
        throw writeFailure(e, generation, live);
      }
      BuildStage.SWITCHING.reached();
      generations.switchTo(generation);
      LOG.info("generation {} is live ({} paragraphs)", generation, corpus.paragraphCount());
      // Keep the generation that was live until now, for --rollback.
      deleted.addAll(
          generations.deleteAllExcept(
              live.isPresent() ? List.of(generation, live.get()) : List.of(generation)));
      return summary(
          generation, false, corpus, topicCounts, deleted, parseSeconds, seconds(indexStart));
    }
  }

  /**
   * The first-indexed dates the live generation holds, carried forward to the new one. A live
   * generation that cannot be read dates every paragraph now (each feed then lists everything as
   * new once) rather than blocking the rebuild that would replace it.
   */
  private FirstIndexed firstIndexed(Optional<String> live) {
    Instant now = Instant.now();
    if (live.isEmpty()) {
      return FirstIndexed.none(now);
    }
    try {
      return FirstIndexed.carriedFrom(generations.path(live.get()), now);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn(
          "first-indexed dates of {} cannot be read ({}); every paragraph is dated now",
          live.get(),
          e.getMessage());
      return FirstIndexed.none(now);
    }
  }

  private Map<String, Long> writeGeneration(
      Path dir,
      String generation,
      CorpusSnapshot corpus,
      TopicTagger tagger,
      FirstIndexed firstIndexed,
      boolean progress)
      throws IOException {
    Map<String, LongAdder> topicCounts = new ConcurrentHashMap<>();
    IndexWriterConfig iwc =
        new IndexWriterConfig(analyzers.forIndexing(Schema.TEXT, Schema.TEXT_EXACT))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            // BackgroundFlusher flushes at RAM_BUFFER_MB, off the thread that adds documents;
            // the writer's own flush, in that thread, is only a backstop if the flusher lags.
            .setRAMBufferSizeMB(2 * RAM_BUFFER_MB)
            // No merges: segments are few (one per RAM_BUFFER_MB of index) and stay in the order
            // the documents were added in; merging would cost a rebuild a fifth of its time.
            .setMergePolicy(NoMergePolicy.INSTANCE)
            .setUseCompoundFile(false)
            .setCommitOnClose(false);
    try (Directory directory = opener.open(dir);
        IndexWriter writer = new IndexWriter(directory, iwc);
        BuildProgress bar = BuildProgress.start("Indexing", corpus.paragraphCount(), progress)) {
      try {
        BuildStage.INDEXING.reached();
        try (BackgroundFlusher flusher =
            new BackgroundFlusher(writer, (long) (RAM_BUFFER_MB * 1024 * 1024))) {
          indexAll(writer, corpus, tagger, firstIndexed, topicCounts, bar);
        }
        BuildStage.COMMITTING.reached();
        Map<String, String> commitData =
            new java.util.HashMap<>(
                new CommitInfo(
                        generation,
                        corpus.contentHash(),
                        configStamp(config),
                        corpus.transcripts().size(),
                        corpus.paragraphCount(),
                        Instant.now().toString())
                    .toUserData());
        commitData.put(CommitInfo.ACRONYMS_KEY, learnAcronyms(corpus).encode());
        commitData.put(CommitInfo.EXAMPLES_KEY, String.join("\n", corpus.examples()));
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
        BuildStage.COMMITTED.reached();
      } catch (AlreadyClosedException e) {
        // The flusher (or a flush at commit) hit the real failure, a full disk; the adding
        // thread only sees the closed writer. Report the real one.
        Throwable tragic = writer.getTragicException();
        if (tragic instanceof IOException io) {
          io.addSuppressed(e);
          throw io;
        }
        throw e;
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    topicCounts.forEach((topic, n) -> counts.put(topic, n.sum()));
    return counts;
  }

  private void indexAll(
      IndexWriter writer,
      CorpusSnapshot corpus,
      TopicTagger tagger,
      FirstIndexed firstIndexed,
      Map<String, LongAdder> topicCounts,
      BuildProgress bar)
      throws IOException {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parley-index-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      // Analysis and tagging run in the pool, a few transcripts ahead; this thread alone adds
      // the documents, in corpus order, so doc ids follow the corpus whatever the scheduling.
      List<Transcript> ordered = inIndexOrder(corpus.transcripts());
      Deque<Future<List<Document>>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < ordered.size() && ahead.size() < PREPARED_AHEAD) {
        ahead.add(pool.submit(prepare(ordered.get(next++), tagger, firstIndexed, topicCounts)));
      }
      while (!ahead.isEmpty()) {
        List<Document> documents = ahead.poll().get();
        if (next < ordered.size()) {
          ahead.add(pool.submit(prepare(ordered.get(next++), tagger, firstIndexed, topicCounts)));
        }
        for (Document document : documents) {
          writer.addDocument(document);
        }
        bar.step(documents.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("indexing failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The documents of one transcript, analysed once and tagged. */
  private Callable<List<Document>> prepare(
      Transcript transcript,
      TopicTagger tagger,
      FirstIndexed firstIndexed,
      Map<String, LongAdder> topicCounts) {
    return () -> {
      List<Document> documents = new ArrayList<>(transcript.paragraphs().size());
      for (Paragraph paragraph : transcript.paragraphs()) {
        // Analysed once: the tokens serve tagging and both text fields.
        AnalysedText analysed = analyzers.analyse(paragraph.text());
        List<String> topics = tagger.tag(analysed.stemmed(), paragraph.presetTopics());
        for (String topic : topics) {
          topicCounts.computeIfAbsent(topic, k -> new LongAdder()).increment();
        }
        long first = firstIndexed.of(transcript.id(), paragraph.text());
        documents.add(
            ParagraphDocuments.toDocument(transcript, paragraph, topics, analysed, first));
      }
      return documents;
    };
  }

  /**
   * Transcripts in corpus order: by date, then document id (paragraphs follow in their order). Doc
   * ids follow it, so equal scores break ties the same way on every rebuild and a transcript's
   * paragraphs are neighbouring documents.
   *
   * <p>NOTE: the index declares no index sort. Lucene would re-sort each flushed segment and merge
   * with a sorting merger, which cost more than analysing, tagging and indexing together; one
   * writer thread adding documents in this order gives the same doc ids for free.
   */
  private static List<Transcript> inIndexOrder(List<Transcript> transcripts) {
    List<Transcript> sorted = new ArrayList<>(transcripts);
    sorted.sort(Comparator.comparing(Transcript::date).thenComparing(Transcript::id));
    return sorted;
  }

  /**
   * A failed write (a full disk, an I/O error, possibly surfacing in another indexing thread as the
   * writer's {@link AlreadyClosedException}) becomes one message naming the cause and saying that
   * the live generation still serves; other failures pass through unchanged.
   */
  private static RuntimeException writeFailure(
      Exception e, String generation, Optional<String> live) throws IOException {
    IOException io = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException found) {
        io = found;
      }
    }
    if (io == null || !(e instanceof IOException || e instanceof AlreadyClosedException)) {
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw (IOException) e;
    }
    throw new IOException(
        "could not write generation %s: %s; %s"
            .formatted(
                generation,
                io.getMessage(),
                live.map(g -> "the live generation " + g + " is unchanged")
                    .orElse("there is no live generation yet")),
        e);
  }

  private static void refuseDrasticShrink(
      CommitInfo fresh, Optional<CommitInfo> live, boolean force) {
    if (force || live.isEmpty() || live.get().paragraphs() == 0) {
      return;
    }
    int before = live.get().paragraphs();
    if (fresh.paragraphs() < before * BuildOptions.SHRINK_LIMIT) {
      throw new BuildRefusedException(
          ("the new index would have %d paragraphs where the live one has %d (below %d%%);"
                  + " was the corpus folder fully there? Use --force to swap anyway")
              .formatted(fresh.paragraphs(), before, (int) (BuildOptions.SHRINK_LIMIT * 100)));
    }
  }

  /** The live generation and the one before it survive clean-up. */
  private List<String> keep(Optional<String> live) {
    if (live.isEmpty()) {
      return List.of();
    }
    List<String> all = generations.list();
    int at = all.indexOf(live.get());
    return at > 0 ? List.of(live.get(), all.get(at - 1)) : List.of(live.get());
  }

  /** The acronyms the corpus defines, kept with the generation so queries can expand them. */
  private static AcronymTable learnAcronyms(CorpusSnapshot corpus) {
    AcronymLearner learner = new AcronymLearner();
    for (Transcript t : corpus.transcripts()) {
      for (Paragraph p : t.paragraphs()) {
        learner.add(p.text());
      }
    }
    return learner.table();
  }

  /**
   * Whether the live generation was built with this {@link Schema#VERSION}; false when there is no
   * live generation or it cannot be read. A server starting over an index from an older release
   * rebuilds it rather than serve fields it lacks.
   */
  public static boolean liveHasCurrentSchema(IndexGenerations generations) {
    return generations
        .current()
        .flatMap(live -> readInfo(generations, live))
        .map(info -> info.configHash().endsWith(SCHEMA_STAMP))
        .orElse(false);
  }

  private Optional<CommitInfo> readInfo(String generation) {
    return readInfo(generations, generation);
  }

  private static Optional<CommitInfo> readInfo(IndexGenerations generations, String generation) {
    try (Directory dir = FSDirectory.open(generations.path(generation));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return Optional.of(CommitInfo.fromUserData(reader.getIndexCommit().getUserData()));
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("live generation {} cannot be read: {}", generation, e.getMessage());
      return Optional.empty();
    }
  }

  private static List<String> sampleIds(CorpusSnapshot corpus) {
    List<String> ids = new ArrayList<>();
    List<Transcript> transcripts = corpus.transcripts();
    if (transcripts.isEmpty()) {
      return ids;
    }
    int step = Math.max(1, transcripts.size() / SMOKE_SAMPLES);
    for (int i = 0; i < transcripts.size() && ids.size() < SMOKE_SAMPLES; i += step) {
      Transcript t = transcripts.get(i);
      if (!t.paragraphs().isEmpty()) {
        ids.add(t.paragraphId(t.paragraphs().get(t.paragraphs().size() / 2)));
      }
    }
    return ids;
  }

  private static BuildReport summary(
      String generation,
      boolean upToDate,
      CorpusSnapshot corpus,
      Map<String, Long> topicCounts,
      List<String> deleted,
      double parseSeconds,
      double indexSeconds) {
    Set<String> speakers = new java.util.HashSet<>();
    int unknown = 0;
    for (Transcript t : corpus.transcripts()) {
      for (Paragraph p : t.paragraphs()) {
        if (p.turn().speaker().isKnown()) {
          speakers.add(p.turn().speaker().name());
        } else {
          unknown++;
        }
      }
    }
    return new BuildReport(
        generation,
        upToDate,
        corpus.transcripts().size(),
        corpus.paragraphCount(),
        speakers.size(),
        unknown,
        topicCounts,
        corpus.skipped(),
        deleted,
        parseSeconds,
        indexSeconds,
        AttributionCounts.of(corpus));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /**
   * What a generation records as built with: the config folder's hash and the schema version, so
   * that a change to either one rebuilds an unchanged corpus.
   */
  private static final String SCHEMA_STAMP = ";schema=" + Schema.VERSION;

  private static String configStamp(ParleyConfig config) {
    return config.hash() + SCHEMA_STAMP;
  }
}

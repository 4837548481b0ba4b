package org.parley.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.parley.index.BuildRefusedException;
import org.parley.index.CommitInfo;
import org.parley.index.IndexGenerations;
import org.parley.index.IndexVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one searcher manager of a server: Lucene's {@link ReferenceManager} (the machinery of {@code
 * SearcherManager}) over the generation {@code CURRENT} names. Generations are immutable, so a
 * refresh is a switch to another folder: a background thread polls the pointer, opens the new
 * generation, and swaps it in; requests that hold the old searcher finish on it, and its reader
 * (and folder handle) close after the last release.
 */
public final class GenerationSearcherManager extends ReferenceManager<ParleySearcher> {
  private static final Logger LOG = LoggerFactory.getLogger(GenerationSearcherManager.class);

  private final IndexGenerations generations;
  private final ScheduledExecutorService poller;

  /**
   * A generation {@code CURRENT} names that failed verification, so the poller does not switch to
   * it nor re-verify and re-log it every poll; only a new name in {@code CURRENT} is looked at.
   */
  private volatile String refused;

  /** Runs on each new generation before it goes live; set once by the server. */
  private volatile Consumer<ParleySearcher> warmer = searcher -> {};

  /**
   * Opens the live generation. If it is damaged, falls back to the newest older generation that
   * passes verification; if none does, refuses to start.
   */
  public GenerationSearcherManager(IndexGenerations generations, long pollMillis)
      throws IOException {
    this.generations = generations;
    this.current = openAtStartup();
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "parley-generation-poller");
              t.setDaemon(true);
              return t;
            });
    if (pollMillis > 0) {
      poller.scheduleWithFixedDelay(
          this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }
  }

  private ParleySearcher openAtStartup() throws IOException {
    Optional<String> live = generations.current();
    if (live.isEmpty()) {
      throw new BuildRefusedException(
          "no index at "
              + generations.root()
              + " (no CURRENT generation); run './parley index' first");
    }
    List<String> candidates = generations.list();
    int at = candidates.indexOf(live.get());
    String reason = "generation folder " + live.get() + " is missing";
    for (int i = at < 0 ? candidates.size() - 1 : at; i >= 0; i--) {
      String generation = i == at ? live.get() : candidates.get(i);
      try {
        IndexVerifier.verify(generations.path(generation), -1, List.of());
        if (!generation.equals(live.get())) {
          refused = live.get();
          LOG.warn(
              "live generation {} is unusable ({}); serving {} instead",
              live.get(),
              reason,
              generation);
        }
        return open(generation);
      } catch (BuildRefusedException e) {
        if (generation.equals(live.get())) {
          reason = e.getMessage();
        }
        LOG.warn("generation {} refused: {}", generation, e.getMessage());
      }
    }
    throw new BuildRefusedException(
        "no usable index generation under " + generations.root() + ": " + reason);
  }

  private ParleySearcher open(String generation) throws IOException {
    Directory dir = FSDirectory.open(generations.path(generation));
    try {
      DirectoryReader reader = DirectoryReader.open(dir);
      // The folder handle lives exactly as long as the reader.
      reader.getReaderCacheHelper().addClosedListener(key -> dir.close());
      try {
        CommitInfo info = CommitInfo.fromUserData(reader.getIndexCommit().getUserData());
        return new ParleySearcher(reader, generation, info);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw e;
    }
  }

  private void pollQuietly() {
    try {
      maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not switch to the new generation (will retry): {}", e.toString());
    }
  }

  @Override
  protected ParleySearcher refreshIfNeeded(ParleySearcher referenceToRefresh) throws IOException {
    Optional<String> live = generations.current();
    if (live.isEmpty()
        || live.get().equals(referenceToRefresh.generation())
        || live.get().equals(refused)) {
      return null;
    }
    // The builder verified it, but CURRENT can also be edited by hand or name a folder damaged
    // since: a reader opens a file with a flipped byte without complaint and fails later, mid
    // query. Checksums first (one sequential read of the new generation, off the request path).
    try {
      IndexVerifier.verify(generations.path(live.get()), -1, List.of());
    } catch (BuildRefusedException e) {
      refused = live.get();
      LOG.error(
          "CURRENT names {}, which is unusable ({}); still serving {}",
          live.get(),
          e.getMessage(),
          referenceToRefresh.generation());
      return null;
    }
    ParleySearcher next = open(live.get());
    try {
      warmer.accept(next);
    } catch (RuntimeException e) {
      LOG.warn("warming {} failed ({}); switching to it cold", live.get(), e.toString());
    }
    LOG.info("switching from {} to {}", referenceToRefresh.generation(), live.get());
    return next;
  }

  /**
   * Has {@code warmer} run on each new generation before requests see it (Lucene's {@code
   * SearcherFactory} idea): its first queries then find the new index's files paged in and its
   * per-generation caches filled.
   */
  public void warmWith(Consumer<ParleySearcher> warmer) {
    this.warmer = java.util.Objects.requireNonNull(warmer);
  }

  @Override
  protected void decRef(ParleySearcher reference) throws IOException {
    reference.getIndexReader().decRef();
  }

  @Override
  protected boolean tryIncRef(ParleySearcher reference) {
    return reference.getIndexReader().tryIncRef();
  }

  @Override
  protected int getRefCount(ParleySearcher reference) {
    return reference.getIndexReader().getRefCount();
  }

  @Override
  protected void afterClose() throws IOException {
    poller.shutdownNow();
  }
}

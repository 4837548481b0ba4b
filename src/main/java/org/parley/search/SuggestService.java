package org.parley.search;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * As-you-type completions (words, frequent phrases, speakers, topics) from an in-memory {@link
 * SuggestIndex} built once per index generation and cached. When the searcher manager switches
 * generations, a background thread builds the new one; until it is ready, completions come from the
 * previous generation (and say so in {@link SuggestResponse#generation()}), so a rebuild never
 * slows a keystroke down.
 */
public final class SuggestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SuggestService.class);

  /** Longest prefix completed; the HTTP layer refuses longer ones. */
  public static final int MAX_PREFIX_LENGTH = 100;

  /** Most completions one request may ask for. */
  public static final int MAX_SUGGESTIONS = 20;

  private final GenerationSearcherManager searchers;
  private final Analyzer keys = new SuggestKeyAnalyzer();
  private final ExecutorService builder;
  private final AtomicBoolean rebuildQueued = new AtomicBoolean();
  private final Object buildLock = new Object();
  private volatile SuggestIndex current;

  public SuggestService(GenerationSearcherManager searchers) {
    this.searchers = searchers;
    this.builder =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "parley-suggest-builder");
              t.setDaemon(true);
              return t;
            });
    searchers.addListener(
        new ReferenceManager.RefreshListener() {
          @Override
          public void beforeRefresh() {}

          @Override
          public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
              scheduleRebuild();
            }
          }
        });
  }

  /** Builds the completions of the live generation now (at server start, before traffic). */
  public void warm() throws IOException {
    rebuild();
  }

  /**
   * Up to {@code max} completions of {@code prefix}.
   *
   * @throws InvalidRequestException when the prefix is longer than {@link #MAX_PREFIX_LENGTH}
   */
  public SuggestResponse suggest(String prefix, int max) throws IOException {
    String text = prefix == null ? "" : prefix;
    if (text.length() > MAX_PREFIX_LENGTH) {
      throw new InvalidRequestException(
          "q", "q must be at most " + MAX_PREFIX_LENGTH + " characters");
    }
    SuggestIndex index = current;
    if (index == null) {
      index = rebuild();
    } else if (!index.generation().equals(liveGeneration())) {
      scheduleRebuild();
    }
    int limit = Math.max(0, Math.min(max, MAX_SUGGESTIONS));
    return new SuggestResponse(text, index.lookup(text, limit), index.generation());
  }

  private String liveGeneration() throws IOException {
    ParleySearcher searcher = searchers.acquire();
    try {
      return searcher.generation();
    } finally {
      searchers.release(searcher);
    }
  }

  private void scheduleRebuild() {
    if (rebuildQueued.compareAndSet(false, true)) {
      try {
        builder.execute(
            () -> {
              rebuildQueued.set(false);
              try {
                rebuild();
              } catch (IOException | RuntimeException e) {
                LOG.warn("could not build completions for the new generation: {}", e.toString());
              }
            });
      } catch (RejectedExecutionException e) {
        rebuildQueued.set(false); // closing
      }
    }
  }

  /** Builds for the live generation unless that is already done; one build at a time. */
  private SuggestIndex rebuild() throws IOException {
    synchronized (buildLock) {
      ParleySearcher searcher = searchers.acquire();
      try {
        SuggestIndex index = current;
        if (index != null && index.generation().equals(searcher.generation())) {
          return index;
        }
        long start = System.nanoTime();
        index = SuggestIndex.build(searcher, keys);
        current = index;
        LOG.info(
            "completions for {} built in {} ms",
            index.generation(),
            (System.nanoTime() - start) / 1_000_000);
        return index;
      } finally {
        searchers.release(searcher);
      }
    }
  }

  @Override
  public void close() {
    builder.shutdownNow();
    try {
      builder.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    keys.close();
  }
}

package org.parley.index;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.index.IndexWriter;

/**
 * Flushes the writer's buffer from its own thread once it holds {@code limitBytes}, so the one
 * thread that adds documents never stops to write a segment; it continues in a fresh buffer while
 * the full one is written. Segments are published in the order their flushes began, so documents
 * keep the order they were added in. The writer's own flush-by-RAM must be disabled.
 */
final class BackgroundFlusher implements AutoCloseable {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

  private final IndexWriter writer;
  private final long limitBytes;
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean stopped;

  BackgroundFlusher(IndexWriter writer, long limitBytes) {
    this.writer = writer;
    this.limitBytes = limitBytes;
    this.thread = new Thread(this::run, "parley-index-flusher");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (!stopped) {
        if (writer.ramBytesUsed() - writer.getFlushingBytes() >= limitBytes) {
          writer.flushNextBuffer();
        } else {
          LockSupport.parkNanos(POLL_NANOS);
        }
      }
    } catch (IOException | RuntimeException e) {
      // The writer records a tragic failure too; the adding thread sees it on its next call.
      failure.set(e);
    }
  }

  /** Stops flushing; rethrows what a flush failed with, if one did. */
  @Override
  public void close() throws IOException {
    stopped = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the flusher", e);
    }
    Throwable failed = failure.get();
    if (failed instanceof IOException io) {
      throw io;
    }
    if (failed instanceof RuntimeException re) {
      throw re;
    }
  }
}

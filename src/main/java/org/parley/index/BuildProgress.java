package org.parley.index;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress of a long step: a bar on a terminal, a log line every tenth otherwise. */
abstract class BuildProgress implements AutoCloseable {
  /** Records {@code paragraphs} more paragraphs indexed. */
  abstract void step(int paragraphs);

  @Override
  public abstract void close();

  static BuildProgress start(String task, long total, boolean terminal) {
    return terminal && System.console() != null ? new Bar(task, total) : new LogLines(task, total);
  }

  private static final class Bar extends BuildProgress {
    private final ProgressBar bar;

    Bar(String task, long total) {
      bar =
          ProgressBar.builder()
              .setTaskName(task)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .build();
    }

    @Override
    void step(int paragraphs) {
      bar.stepBy(paragraphs);
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  private static final class LogLines extends BuildProgress {
    private static final Logger LOG = LoggerFactory.getLogger(BuildProgress.class);
    private final String task;
    private final long total;
    private final java.util.concurrent.atomic.AtomicLong done =
        new java.util.concurrent.atomic.AtomicLong();

    LogLines(String task, long total) {
      this.task = task;
      this.total = total;
    }

    @Override
    void step(int paragraphs) {
      long before = done.getAndAdd(paragraphs);
      long tenth = Math.max(1, total / 10);
      if (total >= 1000 && before / tenth != (before + paragraphs) / tenth) {
        LOG.info("{}: {}/{} paragraphs", task, before + paragraphs, total);
      }
    }

    @Override
    public void close() {}
  }
}

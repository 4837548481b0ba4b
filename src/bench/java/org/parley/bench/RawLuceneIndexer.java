package org.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.index.IndexBuilder;
import org.parley.index.ParagraphDocuments;
import org.parley.index.Schema;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;

/**
 * The indexing baseline: the parsed paragraphs written with a plain {@link IndexWriter}, the same
 * fields and analyzers as Parley's index ({@link ParagraphDocuments}) and the same number of
 * threads and RAM buffer, but none of Parley's work around it: no topic tagging (documents carry no
 * topics), no corpus order, no verification, no generation switch.
 */
final class RawLuceneIndexer {
  /** Parley's indexing RAM buffer, so both sides flush segments of the same size. */
  static final double RAM_BUFFER_MB = IndexBuilder.RAM_BUFFER_MB;

  private RawLuceneIndexer() {}

  /** Paragraphs indexed and seconds from opening the writer to the end of its commit. */
  record Result(int paragraphs, double seconds) {
    double paragraphsPerSecond() {
      return paragraphs / seconds;
    }
  }

  /** Turns one parsed paragraph into the document a baseline indexer writes. */
  @FunctionalInterface
  interface DocumentMaker {
    Iterable<? extends IndexableField> toDocument(Transcript transcript, Paragraph paragraph);
  }

  static Result index(CorpusSnapshot corpus, Analyzer analyzer, Path dir, int threads)
      throws IOException {
    return indexAll(
        corpus,
        analyzer,
        dir,
        threads,
        "raw",
        (transcript, paragraph) -> ParagraphDocuments.toDocument(transcript, paragraph, List.of()));
  }

  /**
   * Writes every paragraph of {@code corpus}, as {@code maker} builds it, with one {@link
   * IndexWriter}, one task per transcript on {@code threads} threads and Parley's RAM buffer: the
   * loop both baselines share, so they differ only in their documents and analyzer.
   */
  static Result indexAll(
      CorpusSnapshot corpus,
      Analyzer analyzer,
      Path dir,
      int threads,
      String name,
      DocumentMaker maker)
      throws IOException {
    long start = System.nanoTime();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB);
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, name + "-lucene-index-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<?>> tasks = new ArrayList<>();
      for (Transcript transcript : corpus.transcripts()) {
        tasks.add(
            pool.submit(
                () -> {
                  for (Paragraph paragraph : transcript.paragraphs()) {
                    writer.addDocument(maker.toDocument(transcript, paragraph));
                  }
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(name + " indexing was interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException(name + " indexing failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(corpus.paragraphCount(), (System.nanoTime() - start) / 1e9);
  }

  /** The index-time analyzer Parley uses, routed over its two text fields. */
  static Analyzer analyzer(org.parley.analysis.ParleyAnalyzers analyzers) {
    return analyzers.forIndexing(Schema.TEXT, Schema.TEXT_EXACT);
  }
}

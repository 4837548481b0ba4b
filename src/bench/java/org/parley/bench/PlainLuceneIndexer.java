package org.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;

/**
 * The simplest indexer a new user would write: each paragraph as a stored id and one stored text
 * field with Lucene's {@link StandardAnalyzer}, from the same parsed paragraphs, with the same
 * threads and RAM buffer. No second text field, no offsets, no facets or doc values, no speaker
 * text, no question and answer fields. What Parley's rebuild costs over that is the price of its
 * features, not of its plumbing (that is {@link RawLuceneIndexer}'s comparison).
 */
final class PlainLuceneIndexer {
  private PlainLuceneIndexer() {}

  static RawLuceneIndexer.Result index(CorpusSnapshot corpus, Path dir, int threads)
      throws IOException {
    long start = System.nanoTime();
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RawLuceneIndexer.RAM_BUFFER_MB);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<?>> tasks = new ArrayList<>();
      for (Transcript transcript : corpus.transcripts()) {
        tasks.add(
            pool.submit(
                () -> {
                  for (Paragraph paragraph : transcript.paragraphs()) {
                    Document doc = new Document();
                    doc.add(
                        new StringField("id", transcript.paragraphId(paragraph), Field.Store.YES));
                    doc.add(new TextField("text", paragraph.text(), Field.Store.YES));
                    writer.addDocument(doc);
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
      throw new IOException("plain indexing was interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("plain indexing failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new RawLuceneIndexer.Result(corpus.paragraphCount(), (System.nanoTime() - start) / 1e9);
  }
}

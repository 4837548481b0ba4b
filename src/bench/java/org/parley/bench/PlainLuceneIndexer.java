package org.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
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
    return RawLuceneIndexer.indexAll(
        corpus, new StandardAnalyzer(), dir, threads, "plain", PlainLuceneIndexer::toDocument);
  }

  private static Document toDocument(Transcript transcript, Paragraph paragraph) {
    Document doc = new Document();
    doc.add(new StringField("id", transcript.paragraphId(paragraph), Field.Store.YES));
    doc.add(new TextField("text", paragraph.text(), Field.Store.YES));
    return doc;
  }
}

package org.parley.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;

/**
 * The plain baseline Parley is measured against: Lucene's {@code StandardAnalyzer}, the classic
 * query parser with its default OR, BM25, over the same paragraphs, in memory. What an untuned
 * Lucene set-up gives; the date and speaker filters are applied the same way as Parley's.
 */
public final class BaselineSearcher implements AutoCloseable {
  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String DATE = "date";
  private static final String SPEAKER = "speaker";

  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public BaselineSearcher(CorpusSnapshot snapshot) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Transcript t : snapshot.transcripts()) {
        for (Paragraph p : t.paragraphs()) {
          Document doc = new Document();
          doc.add(new StringField(ID, t.paragraphId(p), Field.Store.YES));
          doc.add(new TextField(TEXT, p.text(), Field.Store.NO));
          doc.add(new LongPoint(DATE, t.date().toEpochDay()));
          if (p.turn().speaker().isKnown()) {
            doc.add(new StringField(SPEAKER, p.turn().speaker().name(), Field.Store.NO));
          }
          writer.addDocument(doc);
        }
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** The ids of the first {@code n} paragraphs for {@code query}. */
  public List<String> search(JudgedQuery query, int n) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(parse(query.query()), BooleanClause.Occur.MUST);
    if (query.from() != null || query.to() != null) {
      builder.add(
          LongPoint.newRangeQuery(DATE, epochDay(query.from(), true), epochDay(query.to(), false)),
          BooleanClause.Occur.FILTER);
    }
    if (!query.speakers().isEmpty()) {
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      query
          .speakers()
          .forEach(s -> anyOf.add(new TermQuery(new Term(SPEAKER, s)), BooleanClause.Occur.SHOULD));
      builder.add(anyOf.build(), BooleanClause.Occur.FILTER);
    }
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(builder.build(), n).scoreDocs) {
      ids.add(stored.document(hit.doc).get(ID));
    }
    return ids;
  }

  /** As typed; text the classic syntax cannot read is searched with its operators escaped. */
  private Query parse(String text) {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException stillBad) {
        throw new IllegalArgumentException("baseline cannot parse: " + text, stillBad);
      }
    }
  }

  private static long epochDay(LocalDate date, boolean from) {
    if (date == null) {
      return from ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return date.toEpochDay();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}

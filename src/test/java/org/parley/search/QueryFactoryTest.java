package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.analysis.AcronymTable;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.Schema;

/**
 * {@link QueryFactory} on its own, over a small in-memory index of fictional paragraphs: which
 * clauses it builds, which of them count towards "all words", and how the built query ranks.
 */
class QueryFactoryTest {
  /** "said" is in every paragraph (common); "harbour" and "testland" in a few (rare). */
  private static final List<String> TEXTS = texts();

  private static ParleyAnalyzers analyzers;
  private static Directory dir;
  private static DirectoryReader reader;
  private static QueryFactory queries;

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    texts.add("The minister said the harbour of Testland reopens in spring.");
    texts.add("She said the harbour stays closed this winter.");
    texts.add("He said Testland will send observers.");
    for (int i = 0; i < 40; i++) {
      texts.add("The spokesperson said the weekly meeting number " + i + " went well.");
    }
    return texts;
  }

  @BeforeAll
  static void index() throws IOException {
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
    dir = new ByteBuffersDirectory();
    IndexWriterConfig iwc =
        new IndexWriterConfig(analyzers.forIndexing(Schema.TEXT, Schema.TEXT_EXACT));
    try (IndexWriter writer = new IndexWriter(dir, iwc)) {
      for (int i = 0; i < TEXTS.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, "p" + i, Field.Store.YES));
        doc.add(new TextField(Schema.TEXT, TEXTS.get(i), Field.Store.NO));
        doc.add(new TextField(Schema.TEXT_EXACT, TEXTS.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
    queries = new QueryFactory(analyzers);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
    analyzers.close();
  }

  @Test
  void blank_text_matches_everything_and_has_no_clauses() {
    TextQuery q = queries.build("   ", reader, AcronymTable.EMPTY);
    assertThat(q.query()).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(q.allWords()).isNull();
    assertThat(q.clauses()).isEmpty();
  }

  @Test
  void two_rare_words_both_count_and_either_one_is_enough_to_match() {
    TextQuery q = queries.build("harbour testland", reader, AcronymTable.EMPTY);
    assertThat(q.clauses())
        .extracting(TextQuery.Clause::label)
        .containsExactly("harbour", "testland");
    assertThat(q.clauses()).allMatch(c -> c.counts() && !c.required());
    assertThat(q.allWords()).isNotNull();
    assertThat(((BooleanQuery) q.query()).getMinimumNumberShouldMatch()).isEqualTo(1);
  }

  @Test
  void a_word_in_nearly_every_paragraph_does_not_count_beside_a_rare_one() {
    TextQuery q = queries.build("said testland", reader, AcronymTable.EMPTY);
    assertThat(q.clauses())
        .extracting(TextQuery.Clause::label, TextQuery.Clause::counts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("said", false),
            org.assertj.core.groups.Tuple.tuple("testland", true));
  }

  @Test
  void when_every_word_is_common_every_word_counts() {
    TextQuery q = queries.build("said spokesperson", reader, AcronymTable.EMPTY);
    assertThat(q.clauses()).allMatch(TextQuery.Clause::counts);
  }

  @Test
  void a_quoted_phrase_is_required() {
    TextQuery q = queries.build("\"harbour of testland\" spring", reader, AcronymTable.EMPTY);
    assertThat(q.clauses())
        .filteredOn(TextQuery.Clause::required)
        .extracting(TextQuery.Clause::label)
        .containsExactly("\"harbour of testland\"");
  }

  @Test
  void only_exclusions_match_everything_else() throws IOException {
    TextQuery q = queries.build("-harbour", reader, AcronymTable.EMPTY);
    IndexSearcher searcher = new IndexSearcher(reader);
    assertThat(searcher.count(q.query())).isEqualTo(TEXTS.size() - 2);
  }

  @Test
  void a_paragraph_with_both_words_outranks_any_with_one_by_a_whole_tier() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(QueryFactory.SIMILARITY);
    TextQuery q = queries.build("harbour testland", reader, AcronymTable.EMPTY);
    ScoreDoc[] top = searcher.search(q.query(), 3).scoreDocs;
    assertThat(top).hasSize(3);
    assertThat(searcher.storedFields().document(top[0].doc).get(Schema.ID)).isEqualTo("p0");
    assertThat(top[0].score - top[1].score).isGreaterThan(QueryFactory.WORD_TIER / 2f);
  }

  @Test
  void text_over_the_length_limit_is_refused_naming_q() {
    String tooLong = "a".repeat(SearchRequest.MAX_QUERY_LENGTH + 1);
    assertThatThrownBy(() -> queries.build(tooLong, reader, AcronymTable.EMPTY))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("q must be at most");
  }
}

package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.parley.analysis.AcronymTable;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ParleyConfig;
import org.parley.index.Schema;

/** Word families come from the index's vocabulary, and only along the families' suffixes. */
class WordVariantsTest {
  /** Plainly fictional sentences, each three times so every form is in three paragraphs. */
  private static final List<String> TEXTS =
      List.of(
          "Testland presented a plan to the Ruritanian delegation.",
          "The plane carrying the Testland delegation landed in Ruritania.",
          "Ruritania and its Ruritanian partners discussed diplomacy.",
          "The diplomatic channel to Testland stays open.");

  @Test
  void a_place_finds_its_people_and_a_noun_its_adjective_but_a_stem_does_not_grow_a_vowel()
      throws IOException {
    ParleyConfig config = ParleyConfig.load(Path.of("index-config"));
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
        Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig iwc =
          new IndexWriterConfig(analyzers.forIndexing(Schema.TEXT, Schema.TEXT_EXACT));
      try (IndexWriter writer = new IndexWriter(dir, iwc)) {
        for (int copy = 0; copy < 3; copy++) {
          for (String text : TEXTS) {
            Document doc = new Document();
            doc.add(new TextField(Schema.TEXT, text, Field.Store.NO));
            doc.add(new TextField(Schema.TEXT_EXACT, text, Field.Store.NO));
            writer.addDocument(doc);
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        QueryFactory queries = new QueryFactory(analyzers);
        assertThat(expansions(queries, reader, "Ruritania")).contains("ruritanian");
        assertThat(expansions(queries, reader, "Ruritanian")).contains("ruritania");
        assertThat(expansions(queries, reader, "diplomacy")).contains("diplomatic");
        assertThat(expansions(queries, reader, "plan")).doesNotContain("plane");
        assertThat(expansions(queries, reader, "plane")).doesNotContain("plan");
      }
    }
  }

  private static List<String> expansions(QueryFactory queries, DirectoryReader reader, String q) {
    return queries.build(q, reader, AcronymTable.EMPTY).expansions().stream()
        .filter(e -> e.source().equals("word family"))
        .map(Expansion::expansion)
        .toList();
  }
}

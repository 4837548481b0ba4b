package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.parley.index.IndexGenerations;
import org.parley.index.Schema;
import org.parley.testing.TestIndex;

/** Words sampled from the bundled corpus's index by how many paragraphs hold them. */
class IndexVocabularyTest {
  @Test
  void samplesEachBandFromTheLargestSegment() throws IOException {
    try (FSDirectory dir = FSDirectory.open(liveGeneration());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexVocabulary.Sample sample = IndexVocabulary.sample(reader, 20);
      LeafReader largest = largest(reader);
      int docs = largest.maxDoc();

      assertThat(sample.frequent()).hasSize(20);
      assertThat(sample.middling()).hasSize(20);
      assertThat(sample.rare()).hasSize(20);
      List<Integer> frequentCounts = new ArrayList<>();
      for (String word : sample.frequent()) {
        int df = largest.docFreq(new Term(Schema.TEXT_EXACT, word));
        // Not the function words nearly every paragraph has.
        assertThat(df).as(word).isPositive().isLessThanOrEqualTo(docs / 10);
        frequentCounts.add(df);
      }
      assertThat(frequentCounts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
      assertThat(sample.frequent()).doesNotContain("the", "and", "of");
      for (String word : sample.middling()) {
        int df = largest.docFreq(new Term(Schema.TEXT_EXACT, word));
        assertThat(df).as(word).isBetween((int) Math.ceil(docs * 0.001), docs / 100);
      }
      for (String word : sample.rare()) {
        assertThat(largest.docFreq(new Term(Schema.TEXT_EXACT, word))).as(word).isBetween(1, 5);
      }
      List<String> all = new ArrayList<>(sample.frequent());
      all.addAll(sample.middling());
      all.addAll(sample.rare());
      assertThat(all).allMatch(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter));
    }
  }

  @Test
  void sameIndexSameSample() throws IOException {
    try (FSDirectory dir = FSDirectory.open(liveGeneration());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(IndexVocabulary.sample(reader, 10)).isEqualTo(IndexVocabulary.sample(reader, 10));
    }
  }

  private static Path liveGeneration() throws IOException {
    IndexGenerations generations = new IndexGenerations(TestIndex.bundled());
    return generations.path(generations.current().orElseThrow());
  }

  private static LeafReader largest(DirectoryReader reader) {
    LeafReader largest = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (largest == null || leaf.reader().maxDoc() > largest.maxDoc()) {
        largest = leaf.reader();
      }
    }
    return largest;
  }
}

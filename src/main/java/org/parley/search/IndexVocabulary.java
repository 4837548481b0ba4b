package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.parley.index.Schema;

/**
 * Words of a generation sampled by how many paragraphs hold them, as the unstemmed forms people
 * type: frequent words (the costly queries, but not the function words nearly every paragraph has),
 * middling ones and rare ones. Warm-up requests are made of them, so they exercise the query shapes
 * and costs of this corpus rather than of a fixed list; and runs of words as its paragraphs have
 * them ({@link #runs}), for phrase searches.
 *
 * <p>Words are read from the terms of the generation's largest segment, which stands for the whole:
 * one pass over its terms dictionary, tens of milliseconds at a million paragraphs.
 */
public final class IndexVocabulary {
  /** Words in more than this share of paragraphs are function words, not searches. */
  private static final double MAX_SHARE = 0.10;

  /** Middling words are in between these shares of paragraphs. */
  private static final double MIDDLING_MIN_SHARE = 0.001;

  private static final double MIDDLING_MAX_SHARE = 0.01;

  /** Rare words are in at most this many paragraphs of the segment. */
  private static final int RARE_MAX_PARAGRAPHS = 5;

  private static final int MIN_LENGTH = 3;

  /** Fixed, so the same generation gives the same warm-up. */
  private static final long SEED = 20_22_01_07L;

  /**
   * @param frequent the most frequent words below the function words, most frequent first
   * @param middling words of 0.1 to 1 percent of paragraphs
   * @param rare words of a handful of paragraphs
   */
  public record Sample(List<String> frequent, List<String> middling, List<String> rare) {
    public Sample {
      frequent = List.copyOf(frequent);
      middling = List.copyOf(middling);
      rare = List.copyOf(rare);
    }

    public boolean isEmpty() {
      return frequent.isEmpty() && middling.isEmpty() && rare.isEmpty();
    }
  }

  private IndexVocabulary() {}

  /** Up to {@code perBand} words of each band; empty bands when the index is (nearly) empty. */
  public static Sample sample(IndexReader reader, int perBand) throws IOException {
    LeafReaderContext largest = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (largest == null || leaf.reader().maxDoc() > largest.reader().maxDoc()) {
        largest = leaf;
      }
    }
    Terms terms = largest == null ? null : largest.reader().terms(Schema.TEXT_EXACT);
    if (terms == null) {
      return new Sample(List.of(), List.of(), List.of());
    }
    int docs = largest.reader().maxDoc();
    PriorityQueue<Counted> frequent = new PriorityQueue<>(Comparator.comparingInt(Counted::docs));
    Reservoir middling = new Reservoir(perBand, new SplittableRandom(SEED));
    Reservoir rare = new Reservoir(perBand, new SplittableRandom(SEED + 1));
    TermsEnum words = terms.iterator();
    for (BytesRef term = words.next(); term != null; term = words.next()) {
      int df = words.docFreq();
      if (df > docs * MAX_SHARE) {
        continue;
      }
      String word = term.utf8ToString();
      if (!isWord(word)) {
        continue;
      }
      if (df <= RARE_MAX_PARAGRAPHS) {
        rare.offer(word);
      } else if (df >= docs * MIDDLING_MIN_SHARE && df <= docs * MIDDLING_MAX_SHARE) {
        middling.offer(word);
      }
      frequent.add(new Counted(word, df));
      if (frequent.size() > perBand) {
        frequent.poll();
      }
    }
    List<Counted> top = new ArrayList<>(frequent);
    top.sort(Comparator.comparingInt(Counted::docs).reversed().thenComparing(Counted::word));
    return new Sample(top.stream().map(Counted::word).toList(), middling.words(), rare.words());
  }

  private static boolean isWord(String term) {
    if (term.length() < MIN_LENGTH) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isLetter(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private record Counted(String word, int docs) {}

  /** A uniform sample of a stream of words, of fixed size (Algorithm R). */
  private static final class Reservoir {
    private final List<String> kept = new ArrayList<>();
    private final int size;
    private final SplittableRandom random;
    private long seen;

    Reservoir(int size, SplittableRandom random) {
      this.size = size;
      this.random = random;
    }

    void offer(String word) {
      seen++;
      if (kept.size() < size) {
        kept.add(word);
      } else {
        long slot = random.nextLong(seen);
        if (slot < size) {
          kept.set((int) slot, word);
        }
      }
    }

    List<String> words() {
      return kept;
    }
  }

  /**
   * Up to {@code count} runs of three or four words (alternately) from paragraphs spread evenly
   * over {@code reader}, as written, stop words included, punctuation at their ends removed.
   */
  public static List<String> runs(IndexReader reader, int count) throws IOException {
    List<String> runs = new ArrayList<>();
    int docs = reader.maxDoc();
    if (docs == 0) {
      return runs;
    }
    StoredFields stored = reader.storedFields();
    for (int i = 0; i < count; i++) {
      String text =
          stored.document((int) ((long) docs * i / count), Set.of(Schema.TEXT)).get(Schema.TEXT);
      if (text == null) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String token : text.split("\\s+")) {
        String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      int length = 3 + i % 2;
      if (words.size() < length) {
        continue;
      }
      // From the start, the end or in between, so runs are not all openings.
      int from = (words.size() - length) * (i % 5) / 4;
      runs.add(String.join(" ", words.subList(from, from + length)));
    }
    return runs;
  }
}

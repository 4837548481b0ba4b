package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.index.Schema;

/**
 * Finds, in the index, the wordings that differ from a phrase by one word: a word substituted
 * ("twin-track approach"), one inserted between two of its words, or, for phrases of three words or
 * more, an inner word dropped. The candidates are the paragraphs holding all of the phrase's words
 * but one (a postings intersection); their positions in the exact field say where a variant stands
 * and, for a substitution or insertion, the position of the unknown word, which is then read from
 * the paragraph's stored text (the exact field keeps no term vectors): only the few characters
 * beside the phrase word next to it, found by the offsets the stemmed field keeps at the same
 * positions, and the paragraph up to that position when the window cannot tell.
 *
 * <p>NOTE: bounded work: at most {@link #MAX_CANDIDATES} candidate paragraphs are checked and at
 * most {@link #MAX_READS} read; past either limit the result says it is a sample. Variants whose
 * new word is a stop word ("the track approach") are wordings of nothing and are left out.
 */
final class PhraseVariants {
  /** Candidate paragraphs whose positions are checked. */
  static final int MAX_CANDIDATES = 50_000;

  /** Paragraphs whose text is read for the word at a variant's open position. */
  static final int MAX_READS = 200;

  /** The kinds of variant, as the API names them. */
  static final String SUBSTITUTION = "substitution";

  static final String INSERTION = "insertion";
  static final String DELETION = "deletion";

  /** A wording seen in the sample: its words, kind, how often seen, and one paragraph with it. */
  record Candidate(List<String> words, String kind, int seen) {}

  /** What the scan found, most seen first, and whether it stopped at a limit. */
  record Found(List<Candidate> candidates, boolean sampled) {}

  /** Characters analysed around a phrase word to read the word beside it. */
  static final int WINDOW = 80;

  /**
   * A place in a paragraph where a variant's unknown word stands, and where the phrase word beside
   * it ({@code side} positions away: -1 before, 1 after) starts in the text ({@code -1}: unknown).
   */
  private record Open(int doc, String kind, int slot, int position, int side, int besideStart) {
    Open(int doc, String kind, int slot, int position) {
      this(doc, kind, slot, position, 0, -1);
    }

    Open beside(int side, int start) {
      return new Open(doc, kind, slot, position, side, start);
    }
  }

  private final IndexSearcher searcher;
  private final ParleyAnalyzers analyzers;
  private final List<String> words;

  /** Each word's term in the stemmed text field, whose postings hold offsets; null: none. */
  private final List<String> stems;

  PhraseVariants(IndexSearcher searcher, ParleyAnalyzers analyzers, List<String> words) {
    this.searcher = searcher;
    this.analyzers = analyzers;
    this.words = words;
    List<String> list = new ArrayList<>();
    for (String w : words) {
      var stemmed = analyzers.analyse(w).stemmed();
      list.add(stemmed.size() == 1 ? stemmed.term(0) : null);
    }
    this.stems = list;
  }

  /** Scans the paragraphs passing {@code filters} ({@code null}: all). */
  Found find(Query filters) throws IOException {
    int n = words.size();
    BooleanQuery.Builder anyButOne = new BooleanQuery.Builder();
    for (String w : new java.util.LinkedHashSet<>(words)) {
      anyButOne.add(new TermQuery(new Term(Schema.TEXT_EXACT, w)), BooleanClause.Occur.SHOULD);
    }
    int distinct = (int) words.stream().distinct().count();
    anyButOne.setMinimumNumberShouldMatch(Math.max(1, distinct - 1));
    Query candidates = QueryFactory.combine(anyButOne.build(), filters);
    Weight weight =
        searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1);

    Map<String, Tally> known = new LinkedHashMap<>();
    List<Open> open = new ArrayList<>();
    boolean sampled = false;
    int checked = 0;
    int withOpen = 0;
    scan:
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      PostingsEnum[] postings = new PostingsEnum[n];
      PostingsEnum[] offsets = new PostingsEnum[n];
      for (int k = 0; k < n; k++) {
        postings[k] =
            leaf.reader()
                .postings(new Term(Schema.TEXT_EXACT, words.get(k)), PostingsEnum.POSITIONS);
        offsets[k] =
            stems.get(k) == null
                ? null
                : leaf.reader().postings(new Term(Schema.TEXT, stems.get(k)), PostingsEnum.OFFSETS);
      }
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (++checked > MAX_CANDIDATES || withOpen >= MAX_READS) {
          sampled = true;
          break scan;
        }
        int[][] at = positions(postings, doc);
        int before = open.size();
        match(at, leaf.docBase + doc, known, open);
        if (open.size() > before) {
          withOpen++;
          placeBeside(offsets, doc, open.subList(before, open.size()));
        }
      }
    }
    readOpenWords(open, known);
    List<Candidate> list = new ArrayList<>();
    known.forEach((key, t) -> list.add(new Candidate(t.words, t.kind, t.seen)));
    list.sort(
        Comparator.comparingInt(Candidate::seen)
            .reversed()
            .thenComparing(c -> String.join(" ", c.words())));
    return new Found(list, sampled);
  }

  private static final class Tally {
    final List<String> words;
    final String kind;
    int seen;

    Tally(List<String> words, String kind) {
      this.words = words;
      this.kind = kind;
    }
  }

  /**
   * Notes, for each open place of {@code doc}, where the phrase word just before it (or, at the
   * phrase's start, just after it) starts in the text: the stemmed field holds the same positions
   * as the exact one, with offsets. The word is then read from a few characters there.
   */
  private static void placeBeside(PostingsEnum[] offsets, int doc, List<Open> opens)
      throws IOException {
    Map<Integer, Integer> starts = new java.util.HashMap<>();
    for (PostingsEnum p : offsets) {
      if (p == null || (p.docID() < doc && p.advance(doc) != doc) || p.docID() != doc) {
        continue;
      }
      for (int i = p.freq(); i > 0; i--) {
        int position = p.nextPosition();
        starts.put(position, p.startOffset());
      }
    }
    for (int i = 0; i < opens.size(); i++) {
      Open o = opens.get(i);
      Integer before = starts.get(o.position() - 1);
      Integer after = starts.get(o.position() + 1);
      if (before != null) {
        opens.set(i, o.beside(-1, before));
      } else if (after != null) {
        opens.set(i, o.beside(1, after));
      }
    }
  }

  /** Each phrase word's positions in {@code doc} (empty when absent). */
  private static int[][] positions(PostingsEnum[] postings, int doc) throws IOException {
    int[][] at = new int[postings.length][];
    for (int k = 0; k < postings.length; k++) {
      PostingsEnum p = postings[k];
      if (p == null || (p.docID() < doc && p.advance(doc) != doc) || p.docID() != doc) {
        at[k] = new int[0];
        continue;
      }
      int[] list = new int[p.freq()];
      for (int i = 0; i < list.length; i++) {
        list[i] = p.nextPosition();
      }
      at[k] = list;
    }
    return at;
  }

  /**
   * Every variant standing in one paragraph: deletions are known wordings and tallied at once; a
   * substitution or insertion leaves an open position to read.
   */
  private void match(int[][] at, int doc, Map<String, Tally> known, List<Open> open) {
    int n = words.size();
    for (int gap = 0; gap < n; gap++) {
      int anchor = gap == 0 ? 1 : 0;
      for (int position : at[anchor]) {
        int start = position - anchor;
        if (start < 0 || has(at[gap], start + gap) || insertionAtEdge(at, start, gap)) {
          continue;
        }
        if (allAt(at, start, gap, 0)) {
          open.add(new Open(doc, SUBSTITUTION, gap, start + gap));
        }
      }
    }
    for (int after = 0; after + 1 < n; after++) {
      for (int start : at[0]) {
        if (allAt(at, start, after + 1, 1)) {
          open.add(new Open(doc, INSERTION, after + 1, start + after + 1));
        }
      }
    }
    for (int dropped = 1; dropped + 1 < n; dropped++) {
      for (int start : at[0]) {
        if (allAt(at, start, dropped, -1) && !has(at[dropped], start + dropped)) {
          List<String> variant = new ArrayList<>(words);
          variant.remove(dropped);
          tally(known, variant, DELETION);
        }
      }
    }
  }

  /**
   * Whether word {@code k} stands at {@code start + k} for {@code k < from}, and at {@code start +
   * k + shift} for {@code k > from} (shift 0: {@code from} is left open; 1: a word is inserted
   * before {@code from}, which then stands shifted too; -1: {@code from} is dropped).
   */
  private boolean allAt(int[][] at, int start, int from, int shift) {
    for (int k = 0; k < words.size(); k++) {
      if (k == from && shift != 1) {
        continue;
      }
      int expected = k < from ? start + k : start + k + shift;
      if (!has(at[k], expected)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an edge word replaced here in fact stands one further out ("green maritime corridor
   * accord" is an insertion, not "maritime" in place of "green").
   */
  private boolean insertionAtEdge(int[][] at, int start, int gap) {
    int last = words.size() - 1;
    return (gap == 0 && has(at[0], start - 1)) || (gap == last && has(at[last], start + last + 1));
  }

  private static boolean has(int[] positions, int position) {
    return Arrays.binarySearch(positions, position) >= 0;
  }

  private static void tally(Map<String, Tally> known, List<String> variant, String kind) {
    known.computeIfAbsent(String.join(" ", variant), k -> new Tally(List.copyOf(variant), kind))
        .seen++;
  }

  /** Reads each open word from its paragraph, in doc order (stored fields read forwards). */
  private void readOpenWords(List<Open> open, Map<String, Tally> known) throws IOException {
    if (open.isEmpty()) {
      return;
    }
    Map<Integer, List<Open>> byDoc = new TreeMap<>();
    for (Open o : open) {
      byDoc.computeIfAbsent(o.doc(), d -> new ArrayList<>()).add(o);
    }
    StoredFields stored = searcher.storedFields();
    for (Map.Entry<Integer, List<Open>> e : byDoc.entrySet()) {
      String text = stored.document(e.getKey(), java.util.Set.of(Schema.TEXT)).get(Schema.TEXT);
      int last = e.getValue().stream().mapToInt(Open::position).max().orElseThrow();
      PositionedTokens tokens = null;
      for (Open o : e.getValue()) {
        String word = o.besideStart() < 0 ? null : wordBeside(text, o);
        if (word == null) {
          if (tokens == null) {
            tokens = PositionedTokens.upTo(analyzers.indexExact(), text, last);
          }
          word = tokens.wordAt(o.position());
        }
        if (word == null || !meaningful(word, o)) {
          continue;
        }
        List<String> variant = new ArrayList<>(words);
        if (o.kind().equals(SUBSTITUTION)) {
          variant.set(o.slot(), word);
        } else {
          variant.add(o.slot(), word);
        }
        tally(known, variant, o.kind());
      }
    }
  }

  /**
   * The word at an open place, read from {@value #WINDOW} characters beside the phrase word next to
   * it; {@code null} when the window does not surely hold it whole (then the paragraph is analysed
   * from its start).
   */
  private String wordBeside(String text, Open o) {
    int from = o.side() < 0 ? o.besideStart() : Math.max(0, o.besideStart() - WINDOW);
    int to = Math.min(text.length(), o.besideStart() + WINDOW);
    PositionedTokens window =
        PositionedTokens.upTo(analyzers.indexExact(), text.substring(from, to), Integer.MAX_VALUE);
    int beside = window.positionStartingAt(o.besideStart() - from);
    if (beside < 0) {
      return null;
    }
    int[] span = window.wordSpanAt(beside - o.side());
    boolean whole =
        span != null && (span[0] > 0 || from == 0) && (span[1] < to - from || to == text.length());
    return whole ? window.wordAt(beside - o.side()) : null;
  }

  /** A stop word put in place of a word that is none ("the track approach") is no variant. */
  private boolean meaningful(String word, Open o) {
    if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
      return !(o.kind().equals(SUBSTITUTION) && word.equals(words.get(o.slot())));
    }
    return o.kind().equals(SUBSTITUTION)
        && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(words.get(o.slot()));
  }
}

package org.parley.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.parley.index.Schema;

/**
 * The completions of one index generation, built once in memory: one {@link AnalyzingSuggester} (an
 * FST, weights = paragraph counts) per {@link SuggestKind}. Words come from the unstemmed field's
 * terms, phrases from the stored text ({@link SuggestPhrases}), speakers and topics from their
 * keyword fields, completable from any of their words ("stolt" finds "Jens Stoltenberg").
 */
final class SuggestIndex {
  /** Most words offered (the most frequent). */
  static final int MAX_TERMS = 50_000;

  /** Most phrases offered (the most frequent). */
  static final int MAX_PHRASES_KEPT = 20_000;

  /** Paragraphs read for words and phrases; bigger indexes are sampled evenly. */
  static final int MAX_SAMPLED_PARAGRAPHS = 50_000;

  private static final int MIN_TERM_LENGTH = 3;
  private static final int MAX_SPEAKERS_OR_TOPICS = 2;
  private static final int MAX_PHRASES = 3;

  private final String generation;
  private final Map<SuggestKind, Lookup> lookups;

  private SuggestIndex(String generation, Map<SuggestKind, Lookup> lookups) {
    this.generation = generation;
    this.lookups = lookups;
  }

  String generation() {
    return generation;
  }

  /** Reads what to complete from {@code searcher}'s generation and builds the lookups. */
  static SuggestIndex build(ParleySearcher searcher, Analyzer keys) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    SuggestVocabulary vocabulary = vocabulary(reader);
    Map<SuggestKind, Lookup> lookups = new EnumMap<>(SuggestKind.class);
    lookups.put(
        SuggestKind.TERM, lookup(keys, SuggestKind.TERM, top(vocabulary.words(), MAX_TERMS)));
    lookups.put(
        SuggestKind.PHRASE,
        lookup(keys, SuggestKind.PHRASE, top(vocabulary.frequent(), MAX_PHRASES_KEPT)));
    lookups.put(
        SuggestKind.SPEAKER, lookup(keys, SuggestKind.SPEAKER, names(reader, Schema.SPEAKER)));
    lookups.put(SuggestKind.TOPIC, lookup(keys, SuggestKind.TOPIC, names(reader, Schema.TOPIC)));
    return new SuggestIndex(searcher.generation(), lookups);
  }

  /**
   * Completions of {@code typed}: speakers and topics matching it (or its last word), phrases
   * starting with it (or with its last word), then words completing its last word; words and
   * phrases keep the words typed before them.
   */
  List<SuggestItem> lookup(String typed, int max) throws IOException {
    String prefix = clean(typed);
    if (prefix.isEmpty() || max <= 0) {
      return List.of();
    }
    int space = prefix.lastIndexOf(' ');
    String head = space < 0 ? "" : prefix.substring(0, space + 1);
    String last = prefix.substring(space + 1);
    // The last word alone is looked up only once it says something ("arms c" is not "c...").
    boolean lastWordToo = !head.isEmpty() && last.length() >= MIN_TERM_LENGTH;
    Map<String, SuggestKind> found = new LinkedHashMap<>();
    for (SuggestKind kind : List.of(SuggestKind.SPEAKER, SuggestKind.TOPIC)) {
      int before = found.size();
      collect(found, kind, "", prefix, MAX_SPEAKERS_OR_TOPICS);
      if (lastWordToo) {
        collect(found, kind, "", last, MAX_SPEAKERS_OR_TOPICS - (found.size() - before));
      }
    }
    int beforePhrases = found.size();
    collect(found, SuggestKind.PHRASE, "", prefix, MAX_PHRASES);
    if (lastWordToo) {
      collect(found, SuggestKind.PHRASE, head, last, MAX_PHRASES - (found.size() - beforePhrases));
    }
    collect(found, SuggestKind.TERM, head, last, max - found.size());
    List<SuggestItem> items = new ArrayList<>();
    for (Map.Entry<String, SuggestKind> e : found.entrySet()) {
      if (items.size() == max) {
        break;
      }
      items.add(new SuggestItem(e.getKey(), e.getValue().id()));
    }
    return items;
  }

  private void collect(
      Map<String, SuggestKind> found, SuggestKind kind, String head, String key, int count)
      throws IOException {
    if (count <= 0 || key.isEmpty()) {
      return;
    }
    // Ask for more than needed: several keys of one speaker, and duplicates, collapse.
    for (Lookup.LookupResult r : lookups.get(kind).lookup(key, false, count * 3)) {
      if (count == 0) {
        return;
      }
      String text = head + r.payload.utf8ToString();
      if (!found.containsKey(text)) {
        found.put(text, kind);
        count--;
      }
    }
  }

  /** Typing noise removed: leading quotes, brackets and operators, runs of spaces. */
  static String clean(String typed) {
    if (typed == null) {
      return "";
    }
    String text = typed.replaceAll("[\"()\u201c\u201d*|+]", " ").replaceAll("\\s+", " ").strip();
    while (text.startsWith("-")) {
      text = text.substring(1).strip();
    }
    return text;
  }

  /** One thing to complete: the key typed against, what is offered, how popular it is. */
  private record Entry(String key, String text, long weight) {}

  /**
   * Words and phrases from the stored text. NOTE: on big indexes an even sample of at most {@link
   * #MAX_SAMPLED_PARAGRAPHS} paragraphs is read, to bound the build time.
   */
  private static SuggestVocabulary vocabulary(IndexReader reader) throws IOException {
    SuggestVocabulary vocabulary = new SuggestVocabulary();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    Set<String> fields = Set.of(Schema.TEXT);
    int step = Math.max(1, (reader.maxDoc() + MAX_SAMPLED_PARAGRAPHS - 1) / MAX_SAMPLED_PARAGRAPHS);
    for (int doc = 0; doc < reader.maxDoc(); doc += step) {
      if (live == null || live.get(doc)) {
        String text = stored.document(doc, fields).get(Schema.TEXT);
        if (text != null) {
          vocabulary.add(text);
        }
      }
    }
    return vocabulary;
  }

  /** The {@code limit} most frequent of {@code counts} as entries (ties: alphabetical). */
  private static List<Entry> top(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new Entry(e.getKey(), e.getKey(), e.getValue()))
        .toList();
  }

  /** Speaker or topic names, each completable from the start of any of its words. */
  private static List<Entry> names(IndexReader reader, String field) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return entries;
    }
    TermsEnum te = terms.iterator();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      String name = term.utf8ToString();
      if (name.isBlank()) {
        continue;
      }
      String[] words = name.strip().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        String key = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        entries.add(new Entry(key, name, te.docFreq()));
      }
    }
    return entries;
  }

  private static Lookup lookup(Analyzer keys, SuggestKind kind, List<Entry> entries)
      throws IOException {
    AnalyzingSuggester suggester =
        new AnalyzingSuggester(
            new ByteBuffersDirectory(),
            "suggest-" + kind.id(),
            keys,
            keys,
            AnalyzingSuggester.EXACT_FIRST,
            256,
            -1,
            false);
    List<Entry> usable =
        entries.stream().filter(e -> e.key.chars().noneMatch(c -> c < 0x20)).toList();
    suggester.build(new EntryIterator(usable.iterator()));
    return suggester;
  }

  /** Feeds entries to a suggester: key, weight, and the text to offer as payload. */
  private static final class EntryIterator implements InputIterator {
    private final Iterator<Entry> entries;
    private Entry current;

    EntryIterator(Iterator<Entry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.key);
    }

    @Override
    public long weight() {
      return current.weight;
    }

    @Override
    public BytesRef payload() {
      return new BytesRef(current.text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}

package org.parley.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.parley.index.Schema;

/**
 * Who used a wording, when and how often: one pass over its matches reading doc values only (date,
 * year, month, speaker), never stored fields. The earliest and latest matches are kept as doc ids
 * for the caller to load; ties on the date go to the lower document id, then paragraph, the order
 * of the API's date sort.
 */
final class PhraseUsage {
  long count;
  final Map<Long, Long> byYear = new TreeMap<>();
  final Map<Long, Long> byMonth = new TreeMap<>();

  /** Per speaker: {count, first epoch day}. */
  final Map<String, long[]> speakers = new HashMap<>();

  Ordered first;
  Ordered last;

  /** A match in date order: epoch day, document id, paragraph, then the Lucene doc id. */
  record Ordered(long day, String docId, long paragraph, int doc) {
    static final Comparator<Ordered> ORDER =
        Comparator.comparingLong(Ordered::day)
            .thenComparing(Ordered::docId)
            .thenComparingLong(Ordered::paragraph);
  }

  /** Counts the matches of {@code query}. */
  static PhraseUsage of(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new Manager());
  }

  /** Speakers by first use, then name. */
  List<PhraseHistory.Adopter> adopters() {
    List<PhraseHistory.Adopter> list = new ArrayList<>();
    speakers.forEach((name, v) -> list.add(new PhraseHistory.Adopter(name, v[0], iso(v[1]))));
    list.sort(
        Comparator.comparing(PhraseHistory.Adopter::firstDate)
            .thenComparing(PhraseHistory.Adopter::name));
    return list;
  }

  /** The {@code n} speakers with most uses (ties by name). */
  List<FacetValue> topSpeakers(int n) {
    return speakers.entrySet().stream()
        .map(e -> new FacetValue(e.getKey(), e.getValue()[0]))
        .sorted(
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
        .limit(n)
        .toList();
  }

  static List<FacetValue> buckets(Map<Long, Long> counts, boolean months) {
    List<FacetValue> list = new ArrayList<>();
    counts.forEach(
        (k, v) ->
            list.add(
                new FacetValue(
                    months ? "%04d-%02d".formatted(k / 100, k % 100) : Long.toString(k), v)));
    return list;
  }

  static String iso(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  private void merge(PhraseUsage other) {
    count += other.count;
    other.byYear.forEach((k, v) -> byYear.merge(k, v, Long::sum));
    other.byMonth.forEach((k, v) -> byMonth.merge(k, v, Long::sum));
    other.speakers.forEach(
        (name, v) ->
            speakers.merge(
                name, v.clone(), (a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1])}));
    first = earlier(first, other.first);
    last = later(last, other.last);
  }

  private static Ordered earlier(Ordered a, Ordered b) {
    return a == null ? b : b == null || Ordered.ORDER.compare(a, b) <= 0 ? a : b;
  }

  private static Ordered later(Ordered a, Ordered b) {
    return a == null ? b : b == null || Ordered.ORDER.compare(a, b) >= 0 ? a : b;
  }

  private static final class Manager implements CollectorManager<Counter, PhraseUsage> {
    @Override
    public Counter newCollector() {
      return new Counter();
    }

    @Override
    public PhraseUsage reduce(Collection<Counter> collectors) {
      PhraseUsage total = new PhraseUsage();
      for (Counter c : collectors) {
        total.merge(c.usage);
      }
      return total;
    }
  }

  private static final class Counter implements Collector {
    final PhraseUsage usage = new PhraseUsage();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      return new LeafCounter(usage, context);
    }
  }

  /** Per segment: speaker ordinals counted in arrays, turned into names when the segment ends. */
  private static final class LeafCounter implements LeafCollector {
    private final PhraseUsage usage;
    private final int docBase;
    private final SortedNumericDocValues dates;
    private final NumericDocValues years;
    private final NumericDocValues months;
    private final SortedSetDocValues speakers;
    private final SortedDocValues docIds;
    private final SortedNumericDocValues paragraphs;
    private final long[] speakerCounts;
    private final long[] speakerFirst;
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;
    private Ordered first;
    private Ordered last;

    LeafCounter(PhraseUsage usage, LeafReaderContext context) throws IOException {
      this.usage = usage;
      this.docBase = context.docBase;
      var reader = context.reader();
      dates = DocValues.getSortedNumeric(reader, Schema.DATE);
      years = DocValues.getNumeric(reader, Schema.YEAR);
      months = DocValues.getNumeric(reader, Schema.MONTH);
      speakers = DocValues.getSortedSet(reader, Schema.SPEAKER);
      docIds = DocValues.getSorted(reader, Schema.DOC_ID);
      paragraphs = DocValues.getSortedNumeric(reader, Schema.PARAGRAPH);
      int values = (int) speakers.getValueCount();
      speakerCounts = new long[values];
      speakerFirst = new long[values];
      java.util.Arrays.fill(speakerFirst, Long.MAX_VALUE);
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      usage.count++;
      long day = dates.advanceExact(doc) ? dates.nextValue() : 0;
      if (years.advanceExact(doc)) {
        usage.byYear.merge(years.longValue(), 1L, Long::sum);
      }
      if (months.advanceExact(doc)) {
        usage.byMonth.merge(months.longValue(), 1L, Long::sum);
      }
      if (speakers.advanceExact(doc)) {
        int ord = (int) speakers.nextOrd();
        speakerCounts[ord]++;
        speakerFirst[ord] = Math.min(speakerFirst[ord], day);
      }
      // Loading the tiebreak (document id, paragraph) only when the date ties or wins.
      if (day <= firstDay) {
        Ordered here = ordered(doc, day);
        if (first == null || Ordered.ORDER.compare(here, first) < 0) {
          first = here;
          firstDay = day;
        }
      }
      if (day >= lastDay) {
        Ordered here = ordered(doc, day);
        if (last == null || Ordered.ORDER.compare(here, last) > 0) {
          last = here;
          lastDay = day;
        }
      }
    }

    private Ordered ordered(int doc, long day) throws IOException {
      String docId =
          docIds.advanceExact(doc) ? docIds.lookupOrd(docIds.ordValue()).utf8ToString() : "";
      long paragraph = paragraphs.advanceExact(doc) ? paragraphs.nextValue() : 0;
      return new Ordered(day, docId, paragraph, docBase + doc);
    }

    @Override
    public void finish() throws IOException {
      for (int ord = 0; ord < speakerCounts.length; ord++) {
        if (speakerCounts[ord] > 0) {
          String name = speakers.lookupOrd(ord).utf8ToString();
          if (!name.isEmpty()) {
            long[] here = {speakerCounts[ord], speakerFirst[ord]};
            usage.speakers.merge(
                name, here, (a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1])});
          }
        }
      }
      usage.first = earlier(usage.first, first);
      usage.last = later(usage.last, last);
    }
  }
}
